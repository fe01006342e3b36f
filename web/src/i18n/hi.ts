import { hiAudit } from './hi/audit.ts'
import { hiAuth } from './hi/auth.ts'
import { hiBilling } from './hi/billing.ts'
import { hiCalendar } from './hi/calendar.ts'
import { hiCatalogue } from './hi/catalogue.ts'
import { hiCertificates } from './hi/certificates.ts'
import { hiChart } from './hi/chart.ts'
import { hiCollections } from './hi/collections.ts'
import { hiCommon } from './hi/common.ts'
import { hiConsent } from './hi/consent.ts'
import { hiConsentTemplates } from './hi/consent-templates.ts'
import { hiErrors } from './hi/errors.ts'
import { hiFormulary } from './hi/formulary.ts'
import { hiGstReports } from './hi/gst-reports.ts'
import { hiHistory } from './hi/history.ts'
import { hiInvoiceList } from './hi/invoice-list.ts'
import { hiLab } from './hi/lab.ts'
import { hiLetterhead } from './hi/letterhead.ts'
import { hiMessaging } from './hi/messaging.ts'
import { hiMessagingSender } from './hi/messaging-sender.ts'
import { hiNotes } from './hi/notes.ts'
import { hiPatients } from './hi/patients.ts'
import { hiPayments } from './hi/payments.ts'
import { hiPerio } from './hi/perio.ts'
import { hiPlans } from './hi/plans.ts'
import { hiPrescriptions } from './hi/prescriptions.ts'
import { hiProfile } from './hi/profile.ts'
import { hiRecord } from './hi/record.ts'
import { hiRevenueReports } from './hi/revenue-reports.ts'
import { hiScheduleSetup } from './hi/schedule-setup.ts'
import { hiStaff } from './hi/staff.ts'
import { hiTaxSettings } from './hi/tax-settings.ts'
import { hiTreatmentConsent } from './hi/treatment-consent.ts'
import { hiVitals } from './hi/vitals.ts'
import type { Messages } from './messages.ts'

// Hindi as used at Indian clinic front desks: common English loanwords (अपॉइंटमेंट, बिलिंग)
// are kept in Devanagari because staff and patients say them that way.
export const hi: Messages = {
  'app.tagline': 'क्लिनिक प्रबंधन',
  'app.skipToContent': 'मुख्य सामग्री पर जाएँ',
  'language.label': 'भाषा',
  'nav.label': 'मॉड्यूल',
  'nav.dashboard': 'डैशबोर्ड',
  'nav.patients': 'मरीज़',
  'nav.appointments': 'अपॉइंटमेंट',
  'nav.clinical': 'क्लिनिकल',
  'nav.billing': 'बिलिंग',
  'nav.messaging': 'संदेश',
  'nav.reports': 'रिपोर्ट',
  'nav.staff': 'स्टाफ़',
  'nav.audit': 'ऑडिट लॉग',
  'nav.settings': 'सेटिंग्स',
  'home.heading': 'Niramaya में आपका स्वागत है',
  'home.today': 'आज की तारीख: {date}',
  'home.intro':
    'यह आपके क्लिनिक का कार्यक्षेत्र है। मरीज़, अपॉइंटमेंट, क्लिनिकल रिकॉर्ड और बिलिंग के मॉड्यूल तैयार होते ही नेविगेशन में दिखेंगे।',
  'home.developersHeading': 'डेवलपर्स के लिए',
  'home.apiDocs': 'API संदर्भ',
  'home.apiDocsHint': 'HTTP API का इंटरैक्टिव दस्तावेज़।',
  'health.heading': 'सिस्टम की स्थिति',
  'health.server': 'सर्वर',
  'health.database': 'डेटाबेस',
  'health.ok': 'सामान्य रूप से चल रहा है',
  'health.degraded': 'आंशिक रूप से चल रहा है: कुछ सुविधाएँ शायद काम न करें',
  'health.databaseUp': 'जुड़ा हुआ है',
  'health.databaseDown': 'संपर्क नहीं हो पा रहा',
  'health.version': 'संस्करण',
  'health.checkedAt': 'जाँच का समय',
  'health.loading': 'जाँच हो रही है…',
  'health.unreachable': 'सर्वर से संपर्क नहीं हो सका। नेटवर्क कनेक्शन जाँचें और फिर से कोशिश करें।',
  'health.retry': 'फिर से जाँचें',
  'comingSoon.badge': 'जल्द आ रहा है',
  'comingSoon.body':
    '{module} मॉड्यूल अभी उपलब्ध नहीं है। इस पर काम चल रहा है और तैयार होने पर यह यहाँ दिखेगा।',
  'comingSoon.back': 'डैशबोर्ड पर जाएँ',
  'notFound.heading': 'पेज नहीं मिला',
  'notFound.body': 'इस पते पर कोई पेज नहीं है।',
  ...hiCommon,
  ...hiAuth,
  ...hiStaff,
  ...hiTaxSettings,
  ...hiPatients,
  ...hiAudit,
  ...hiProfile,
  ...hiConsent,
  ...hiHistory,
  ...hiRecord,
  ...hiChart,
  ...hiPerio,
  ...hiNotes,
  ...hiVitals,
  ...hiLetterhead,
  ...hiPlans,
  ...hiTreatmentConsent,
  ...hiCertificates,
  ...hiConsentTemplates,
  ...hiLab,
  ...hiPrescriptions,
  ...hiFormulary,
  ...hiBilling,
  ...hiCollections,
  ...hiGstReports,
  ...hiRevenueReports,
  ...hiPayments,
  ...hiInvoiceList,
  ...hiScheduleSetup,
  ...hiCalendar,
  ...hiMessaging,
  ...hiMessagingSender,
  ...hiCatalogue,
  ...hiErrors,
}
