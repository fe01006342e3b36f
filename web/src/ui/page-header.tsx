import type { ReactNode } from 'react'
import { PageTitle } from './page-title.tsx'

/** The h1 of a signed-in page, its document title and an optional line of explanation. */
export function PageHeader({ title, intro }: { title: string; intro?: ReactNode }) {
  return (
    <>
      <PageTitle title={title} />
      <h1 id="page-heading">{title}</h1>
      {intro && <p className="muted page-intro">{intro}</p>}
    </>
  )
}
