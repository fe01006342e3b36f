import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { SessionProvider } from './features/auth/session-provider.tsx'
import { LanguageProvider } from './i18n/language-provider.tsx'
import './styles.css'
import './styles/forms.css'
import './styles/tables.css'
import './styles/pages.css'
import './styles/patients.css'
import './styles/record.css'
import './styles/patient-form.css'
import './styles/consent.css'
import './styles/schedule-setup.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html is missing <div id="root">')

createRoot(container).render(
  <StrictMode>
    <LanguageProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </LanguageProvider>
  </StrictMode>,
)
