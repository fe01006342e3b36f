import { enAudit } from './en/audit.ts'
import { enAuth } from './en/auth.ts'
import { enBilling } from './en/billing.ts'
import { enCalendar } from './en/calendar.ts'
import { enCatalogue } from './en/catalogue.ts'
import { enCertificates } from './en/certificates.ts'
import { enChart } from './en/chart.ts'
import { enCollections } from './en/collections.ts'
import { enCommon } from './en/common.ts'
import { enConsent } from './en/consent.ts'
import { enConsentTemplates } from './en/consent-templates.ts'
import { enErrors } from './en/errors.ts'
import { enFormulary } from './en/formulary.ts'
import { enGstReports } from './en/gst-reports.ts'
import { enHistory } from './en/history.ts'
import { enInvoiceList } from './en/invoice-list.ts'
import { enLab } from './en/lab.ts'
import { enLetterhead } from './en/letterhead.ts'
import { enMessaging } from './en/messaging.ts'
import { enMessagingSender } from './en/messaging-sender.ts'
import { enNotes } from './en/notes.ts'
import { enPatients } from './en/patients.ts'
import { enPayments } from './en/payments.ts'
import { enPerio } from './en/perio.ts'
import { enPlans } from './en/plans.ts'
import { enPrescriptions } from './en/prescriptions.ts'
import { enProfile } from './en/profile.ts'
import { enRecord } from './en/record.ts'
import { enRevenueReports } from './en/revenue-reports.ts'
import { enScheduleSetup } from './en/schedule-setup.ts'
import { enStaff } from './en/staff.ts'
import { enTaxSettings } from './en/tax-settings.ts'
import { enTreatmentConsent } from './en/treatment-consent.ts'
import { enVitals } from './en/vitals.ts'

// English is the source catalogue: its keys define the type every other language must match.
// Placeholders use {name} and are filled by useT(). Each screen's strings live in en/<module>.ts
// so this file stays readable; hi/<module>.ts must match each of them key for key.
export const en = {
  'app.tagline': 'Clinic management',
  'app.skipToContent': 'Skip to main content',
  'language.label': 'Language',
  'nav.label': 'Modules',
  'nav.dashboard': 'Dashboard',
  'nav.patients': 'Patients',
  'nav.appointments': 'Appointments',
  'nav.clinical': 'Clinical',
  'nav.billing': 'Billing',
  'nav.messaging': 'Messaging',
  'nav.reports': 'Reports',
  'nav.staff': 'Staff',
  'nav.audit': 'Audit log',
  'nav.settings': 'Settings',
  'home.heading': 'Welcome to Niramaya',
  'home.today': 'Today is {date}',
  'home.intro':
    'This is your clinic workspace. Patients, appointments, clinical records and billing will appear in the navigation as each module is built.',
  'home.developersHeading': 'For developers',
  'home.apiDocs': 'API reference',
  'home.apiDocsHint': 'Interactive documentation of the HTTP API.',
  'health.heading': 'System status',
  'health.server': 'Server',
  'health.database': 'Database',
  'health.ok': 'Working normally',
  'health.degraded': 'Degraded: some features may not work',
  'health.databaseUp': 'Connected',
  'health.databaseDown': 'Not reachable',
  'health.version': 'Version',
  'health.checkedAt': 'Checked at',
  'health.loading': 'Checking…',
  'health.unreachable': 'Could not reach the server. Check the network connection and try again.',
  'health.retry': 'Check again',
  'comingSoon.badge': 'Coming soon',
  'comingSoon.body':
    'The {module} module is not available yet. It is being built and will appear here when it is ready.',
  'comingSoon.back': 'Go to the dashboard',
  'notFound.heading': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  ...enCommon,
  ...enAuth,
  ...enStaff,
  ...enTaxSettings,
  ...enPatients,
  ...enAudit,
  ...enProfile,
  ...enConsent,
  ...enHistory,
  ...enRecord,
  ...enChart,
  ...enPerio,
  ...enNotes,
  ...enVitals,
  ...enLetterhead,
  ...enPlans,
  ...enTreatmentConsent,
  ...enCertificates,
  ...enConsentTemplates,
  ...enLab,
  ...enPrescriptions,
  ...enFormulary,
  ...enBilling,
  ...enCollections,
  ...enGstReports,
  ...enRevenueReports,
  ...enPayments,
  ...enInvoiceList,
  ...enScheduleSetup,
  ...enCalendar,
  ...enMessaging,
  ...enMessagingSender,
  ...enCatalogue,
  ...enErrors,
}
