import type { MessageKey } from '../i18n/messages.ts'

export interface AppModule {
  path: string
  labelKey: MessageKey
  isBuilt: boolean
}

// The left navigation and the router both read this list, so a module cannot appear in one and
// be missing from the other. Flip isBuilt and add its route in app.tsx when a module ships.
export const appModules: readonly AppModule[] = [
  { path: '/', labelKey: 'nav.dashboard', isBuilt: true },
  { path: '/patients', labelKey: 'nav.patients', isBuilt: false },
  { path: '/appointments', labelKey: 'nav.appointments', isBuilt: false },
  { path: '/clinical', labelKey: 'nav.clinical', isBuilt: false },
  { path: '/billing', labelKey: 'nav.billing', isBuilt: false },
  { path: '/messaging', labelKey: 'nav.messaging', isBuilt: false },
  { path: '/reports', labelKey: 'nav.reports', isBuilt: false },
  { path: '/settings', labelKey: 'nav.settings', isBuilt: false },
]
