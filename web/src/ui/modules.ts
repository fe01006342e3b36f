import type { Capability } from '../../../shared/access/capabilities.ts'
import type { MessageKey } from '../i18n/messages.ts'

export interface AppModule {
  path: string
  labelKey: MessageKey
  isBuilt: boolean
  /** Shown in the navigation only to roles with this capability. */
  capability?: Capability
  /** Shows the count of patients' unread WhatsApp messages beside the name. */
  hasUnreadBadge?: boolean
}

// The left navigation and the router both read this list, so a module cannot appear in one and
// be missing from the other. Flip isBuilt and add its route in app.tsx when a module ships.
export const appModules: readonly AppModule[] = [
  { path: '/', labelKey: 'nav.dashboard', isBuilt: true },
  {
    path: '/patients',
    labelKey: 'nav.patients',
    isBuilt: true,
    capability: 'patient.read',
  },
  {
    path: '/appointments',
    labelKey: 'nav.appointments',
    isBuilt: true,
    capability: 'schedule.read',
  },
  {
    path: '/clinical',
    labelKey: 'nav.clinical',
    isBuilt: true,
    // Unsigned notes and note templates: whoever writes notes (assistants draft them too).
    capability: 'clinical.chart_entry',
  },
  // Dental lab cases (issue #13 item 4): every role that reads clinical records; the board
  // shows each doctor and assistant their care teams' cases.
  { path: '/lab', labelKey: 'nav.lab', isBuilt: true, capability: 'clinical.read' },
  // Favourites, sets and the clinic's own medicines for the prescription pad (issue #13 §1,
  // §2): every clinical role reads them; clinical.write changes them (the page hides the rest).
  {
    path: '/prescribing',
    labelKey: 'nav.prescribing',
    isBuilt: true,
    capability: 'clinical.read',
  },
  {
    // The price list: its own module, since Settings is owner-only and doctors, the front desk
    // and accountants read it too.
    path: '/catalogue',
    labelKey: 'nav.catalogue',
    isBuilt: true,
    capability: 'catalogue.read',
  },
  {
    // Invoices for every billing role; the accountant's reports (day-end collection, outstanding,
    // GST) for billing.reports only. A patient's own bills are on the patient's Billing tab.
    path: '/billing',
    labelKey: 'nav.billing',
    isBuilt: true,
    capability: 'billing.read',
  },
  // The wording of the treatment consent forms (issue #13): owners and admins edit the templates.
  {
    path: '/consent-forms',
    labelKey: 'nav.consentForms',
    isBuilt: true,
    capability: 'clinical.templates',
  },
  // The WhatsApp inbox (issue #14): owners, admins and the front desk. How messages go out is at
  // /messaging/settings for owners and admins, linked from the inbox and from Settings. The
  // patient's message log is on the patient's Messages tab.
  {
    path: '/messaging',
    labelKey: 'nav.messaging',
    isBuilt: true,
    capability: 'messaging.read',
    hasUnreadBadge: true,
  },
  { path: '/reports', labelKey: 'nav.reports', isBuilt: false },
  { path: '/staff', labelKey: 'nav.staff', isBuilt: true, capability: 'staff.read' },
  { path: '/audit', labelKey: 'nav.audit', isBuilt: true, capability: 'audit.read' },
  { path: '/settings', labelKey: 'nav.settings', isBuilt: true, capability: 'clinic.settings' },
  // Admins change the tax profile and numbering too, but not the owner's Settings.
  {
    path: '/tax-settings',
    labelKey: 'nav.taxSettings',
    isBuilt: true,
    capability: 'tax.settings',
  },
]
