import type { TenderMode } from './money-types.ts'

/**
 * The words of receipts and credit notes in English and Hindi. "Credit Note" is the rules' own
 * title (CGST Rule 53(1A)); the receipt is the clinic's acknowledgement of money received.
 */
export interface MoneyLabels {
  receipt: string
  creditNote: string
  number: string
  date: string
  legalName: string
  receivedFrom: string
  issuedTo: string
  reference: string
  gstin: string
  phone: string
  email: string
  mode: string
  modeReference: string
  amount: string
  modes: Record<TenderMode, string>
  received: string
  appliedTo: string
  invoice: string
  advance: string
  againstInvoice: string
  invoiceDate: string
  reason: string
  reasons: Record<'cancellation' | 'discount' | 'deficiency' | 'other', string>
  description: string
  sac: string
  gstRate: string
  exempt: string
  taxableValue: string
  exemptValue: string
  cgst: string
  sgst: string
  roundOff: string
  total: string
  inWords: string
  notes: string
  electronic: string
  forClinic: (clinic: string) => string
  page: (page: number, pages: number) => string
}

const en: MoneyLabels = {
  receipt: 'Receipt',
  creditNote: 'Credit Note',
  number: 'No.',
  date: 'Date',
  legalName: 'Legal name',
  receivedFrom: 'Received from',
  issuedTo: 'Issued to',
  reference: 'Patient ID',
  gstin: 'GSTIN',
  phone: 'Phone',
  email: 'Email',
  mode: 'Paid by',
  modeReference: 'Reference',
  amount: 'Amount',
  modes: {
    cash: 'Cash',
    upi: 'UPI',
    card: 'Card',
    bank_transfer: 'Bank transfer',
    cheque: 'Cheque',
  },
  received: 'Amount received',
  appliedTo: 'Applied to',
  invoice: 'Invoice',
  advance: 'Held as an advance on the account',
  againstInvoice: 'Against invoice',
  invoiceDate: 'Invoice date',
  reason: 'Reason',
  reasons: {
    cancellation: 'Cancellation',
    discount: 'Discount after supply',
    deficiency: 'Deficiency in service',
    other: 'Other',
  },
  description: 'Description',
  sac: 'SAC',
  gstRate: 'GST',
  exempt: 'Exempt',
  taxableValue: 'Taxable value',
  exemptValue: 'Exempt value',
  cgst: 'CGST',
  sgst: 'SGST',
  roundOff: 'Round-off',
  total: 'Total credited',
  inWords: 'Amount in words',
  notes: 'Notes',
  electronic: 'This is an electronically generated document.',
  forClinic: (clinic) => `For ${clinic}: authorised signatory`,
  page: (page, pages) => `Page ${page} of ${pages}`,
}

const hi: MoneyLabels = {
  receipt: 'रसीद (Receipt)',
  creditNote: 'क्रेडिट नोट (Credit Note)',
  number: 'क्रमांक',
  date: 'दिनांक',
  legalName: 'क़ानूनी नाम',
  receivedFrom: 'प्राप्त किया',
  issuedTo: 'जारी किया',
  reference: 'मरीज़ आईडी',
  gstin: 'जीएसटीआईएन',
  phone: 'फ़ोन',
  email: 'ईमेल',
  mode: 'भुगतान का तरीका',
  modeReference: 'संदर्भ',
  amount: 'राशि',
  modes: {
    cash: 'नकद',
    upi: 'यूपीआई',
    card: 'कार्ड',
    bank_transfer: 'बैंक ट्रांसफ़र',
    cheque: 'चेक',
  },
  received: 'प्राप्त राशि',
  appliedTo: 'जिस बिल में जमा',
  invoice: 'बिल',
  advance: 'खाते में अग्रिम के रूप में जमा',
  againstInvoice: 'बिल के विरुद्ध',
  invoiceDate: 'बिल की तारीख',
  reason: 'कारण',
  reasons: {
    cancellation: 'रद्द',
    discount: 'बाद में दी गई छूट',
    deficiency: 'सेवा में कमी',
    other: 'अन्य',
  },
  description: 'विवरण',
  sac: 'SAC',
  gstRate: 'जीएसटी',
  exempt: 'छूट प्राप्त',
  taxableValue: 'कर योग्य मूल्य',
  exemptValue: 'छूट प्राप्त मूल्य',
  cgst: 'सीजीएसटी',
  sgst: 'एसजीएसटी',
  roundOff: 'पूर्णांकन',
  total: 'कुल क्रेडिट',
  inWords: 'राशि शब्दों में',
  notes: 'टिप्पणी',
  electronic: 'यह इलेक्ट्रॉनिक रूप से बनाया गया दस्तावेज़ है।',
  forClinic: (clinic) => `${clinic} की ओर से: अधिकृत हस्ताक्षरकर्ता`,
  page: (page, pages) => `पृष्ठ ${page} / ${pages}`,
}

export const moneyLabels = { en, hi } as const satisfies Record<'en' | 'hi', MoneyLabels>
