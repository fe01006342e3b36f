import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { HomePage } from './features/home/home-page.tsx'
import { AppLayout } from './ui/app-layout.tsx'
import { ComingSoonPage } from './ui/coming-soon-page.tsx'
import { appModules } from './ui/modules.ts'
import { NotFoundPage } from './ui/not-found-page.tsx'

const comingSoonRoutes = appModules
  .filter((module) => !module.isBuilt)
  .map((module) => ({
    path: module.path,
    element: <ComingSoonPage labelKey={module.labelKey} />,
  }))

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      ...comingSoonRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])

export function App() {
  return <RouterProvider router={router} />
}
