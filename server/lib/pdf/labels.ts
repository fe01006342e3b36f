import type { Phase } from '../../../shared/contracts/plans.ts'

/**
 * The words printed on clinic documents, in the patient's language (PRODUCT.md: English and
 * Hindi). Amounts, dates and codes stay in international digits in both (₹1,23,456.00,
 * DD/MM/YYYY), as on Indian bills and in the GST rules.
 */
export interface DocumentLabels {
  estimateTitle: string
  acceptanceTitle: string
  date: string
  patient: string
  reference: string
  ageSex: string
  plan: string
  version: string
  doctor: string
  phone: string
  email: string
  gstin: string
  phases: Record<Phase, string>
  procedure: string
  site: string
  quantity: string
  unitPrice: string
  discount: string
  net: string
  gst: string
  total: string
  exempt: string
  sac: string
  cgst: string
  sgst: string
  subtotal: string
  taxableValue: string
  exemptValue: string
  totalGst: string
  grandTotal: string
  exemptNote: string
  estimateNote: string
  declaration: (signedBy: 'patient' | 'guardian') => string
  signature: string
  signedByPatient: string
  signedByGuardian: string
  witness: string
  acceptedAt: string
  estimateHash: string
  page: (page: number, pages: number) => string
}

const en: DocumentLabels = {
  estimateTitle: 'Treatment estimate',
  acceptanceTitle: 'Treatment estimate: signed acceptance',
  date: 'Date',
  patient: 'Patient',
  reference: 'Patient ID',
  ageSex: 'Age / sex',
  plan: 'Plan',
  version: 'version',
  doctor: 'Doctor',
  phone: 'Phone',
  email: 'Email',
  gstin: 'GSTIN',
  phases: {
    urgent: 'Urgent',
    phase_1: 'Phase 1',
    phase_2: 'Phase 2',
    phase_3: 'Phase 3',
    maintenance: 'Maintenance',
  },
  procedure: 'Procedure',
  site: 'Tooth / site',
  quantity: 'Qty',
  unitPrice: 'Rate',
  discount: 'Discount',
  net: 'Amount',
  gst: 'GST',
  total: 'Total',
  exempt: 'Exempt',
  sac: 'SAC',
  cgst: 'CGST',
  sgst: 'SGST',
  subtotal: 'Subtotal',
  taxableValue: 'Taxable value',
  exemptValue: 'Exempt value',
  totalGst: 'Total GST',
  grandTotal: 'Total payable',
  exemptNote:
    'Healthcare services by a clinic are exempt from GST (Notification 12/2017-Central Tax (Rate), Sl. No. 74). GST is charged only on the cosmetic items that show it.',
  estimateNote:
    'This is an estimate, not a tax invoice. The final amount may change if the treatment changes; any change will be explained to you first.',
  declaration: (signedBy) =>
    signedBy === 'patient'
      ? 'I have read this estimate, and the proposed treatment, its alternatives, risks and costs have been explained to me. I accept this treatment plan and its estimated cost.'
      : 'I have read this estimate, and the proposed treatment, its alternatives, risks and costs have been explained to me. As the guardian of the patient, I accept this treatment plan and its estimated cost on their behalf.',
  signature: 'Signature',
  signedByPatient: 'Signed by the patient',
  signedByGuardian: 'Signed by the guardian',
  witness: 'Witness',
  acceptedAt: 'Accepted on',
  estimateHash: 'SHA-256 of the estimate',
  page: (page, pages) => `Page ${page} of ${pages}`,
}

const hi: DocumentLabels = {
  estimateTitle: 'उपचार अनुमान',
  acceptanceTitle: 'उपचार अनुमान: हस्ताक्षरित स्वीकृति',
  date: 'दिनांक',
  patient: 'मरीज़',
  reference: 'मरीज़ आईडी',
  ageSex: 'आयु / लिंग',
  plan: 'योजना',
  version: 'संस्करण',
  doctor: 'डॉक्टर',
  phone: 'फ़ोन',
  email: 'ईमेल',
  gstin: 'जीएसटीआईएन',
  phases: {
    urgent: 'तत्काल',
    phase_1: 'चरण 1',
    phase_2: 'चरण 2',
    phase_3: 'चरण 3',
    maintenance: 'रखरखाव',
  },
  procedure: 'प्रक्रिया',
  site: 'दाँत / स्थान',
  quantity: 'मात्रा',
  unitPrice: 'दर',
  discount: 'छूट',
  net: 'राशि',
  gst: 'जीएसटी',
  total: 'कुल',
  exempt: 'मुक्त',
  sac: 'एसएसी',
  cgst: 'सीजीएसटी',
  sgst: 'एसजीएसटी',
  subtotal: 'उप-योग',
  taxableValue: 'कर योग्य मूल्य',
  exemptValue: 'कर-मुक्त मूल्य',
  totalGst: 'कुल जीएसटी',
  grandTotal: 'कुल देय राशि',
  exemptNote:
    'क्लिनिक की स्वास्थ्य सेवाएँ जीएसटी से मुक्त हैं (अधिसूचना 12/2017-केंद्रीय कर (दर), क्रम सं. 74)। जीएसटी केवल उन्हीं कॉस्मेटिक मदों पर लगता है जिन पर वह दिखाया गया है।',
  estimateNote:
    'यह एक अनुमान है, कर बीजक नहीं। उपचार बदलने पर अंतिम राशि बदल सकती है; कोई भी बदलाव पहले आपको समझाया जाएगा।',
  declaration: (signedBy) =>
    signedBy === 'patient'
      ? 'मैंने यह अनुमान पढ़ लिया है, और प्रस्तावित उपचार, उसके विकल्प, जोखिम और लागत मुझे समझा दिए गए हैं। मैं यह उपचार योजना और इसकी अनुमानित लागत स्वीकार करता/करती हूँ।'
      : 'मैंने यह अनुमान पढ़ लिया है, और प्रस्तावित उपचार, उसके विकल्प, जोखिम और लागत मुझे समझा दिए गए हैं। मरीज़ के अभिभावक के रूप में, मैं उनकी ओर से यह उपचार योजना और इसकी अनुमानित लागत स्वीकार करता/करती हूँ।',
  signature: 'हस्ताक्षर',
  signedByPatient: 'मरीज़ द्वारा हस्ताक्षरित',
  signedByGuardian: 'अभिभावक द्वारा हस्ताक्षरित',
  witness: 'गवाह',
  acceptedAt: 'स्वीकृति का समय',
  estimateHash: 'अनुमान का SHA-256',
  page: (page, pages) => `पृष्ठ ${page} / ${pages}`,
}

export const documentLabels = { en, hi } as const satisfies Record<'en' | 'hi', DocumentLabels>
