import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { SessionProvider } from './features/auth/session-provider.tsx'
import { LanguageProvider } from './i18n/language-provider.tsx'
import { createQueryClient } from './lib/query.ts'
import './styles.css'
import './styles/forms.css'
import './styles/tables.css'
import './styles/pages.css'
import './styles/patients.css'
import './styles/record.css'
import './styles/chart.css'
import './styles/patient-form.css'
import './styles/consent.css'
import './styles/schedule-setup.css'

// One cache for the whole app (lib/query.ts); the session provider empties it on signing out.
const queryClient = createQueryClient()

const container = document.getElementById('root')
if (!container) throw new Error('index.html is missing <div id="root">')

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
)
