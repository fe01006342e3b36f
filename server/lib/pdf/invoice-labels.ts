import type { DocumentKind } from '../../../shared/billing/index.ts'

/**
 * The words of billing documents in English and Hindi. The document titles are the ones the
 * rules use: "Tax Invoice" (CGST Rule 46), "Bill of Supply" (Rule 49) and
 * "Invoice-cum-Bill of Supply" (Rule 46A).
 */
export interface InvoiceLabels {
  titles: Record<DocumentKind, string>
  /** The title of a draft, in place of the kind's: it is no tax document (no number yet). */
  draft: string
  number: string
  date: string
  legalName: string
  placeOfSupply: string
  reverseCharge: string
  no: string
  billTo: string
  reference: string
  address: string
  state: string
  gstin: string
  phone: string
  email: string
  serial: string
  description: string
  sac: string
  quantity: string
  rate: string
  discount: string
  taxableValue: string
  gst: string
  cgst: string
  sgst: string
  total: string
  exempt: string
  exemptValue: string
  roundOff: string
  grandTotal: string
  inWords: string
  gstSummary: string
  gstRate: string
  exemptNote: string
  notes: string
  electronic: string
  forClinic: (clinic: string) => string
  page: (page: number, pages: number) => string
}

const en: InvoiceLabels = {
  titles: {
    tax_invoice: 'Tax Invoice',
    bill_of_supply: 'Bill of Supply',
    invoice_cum_bill_of_supply: 'Invoice-cum-Bill of Supply',
  },
  draft: 'Draft — not a tax invoice',
  number: 'No.',
  date: 'Date',
  legalName: 'Legal name',
  placeOfSupply: 'Place of supply',
  reverseCharge: 'Tax payable on reverse charge',
  no: 'No',
  billTo: 'Bill to',
  reference: 'Patient ID',
  address: 'Address',
  state: 'State',
  gstin: 'GSTIN',
  phone: 'Phone',
  email: 'Email',
  serial: '#',
  description: 'Description',
  sac: 'SAC',
  quantity: 'Qty',
  rate: 'Rate',
  discount: 'Discount',
  taxableValue: 'Taxable value',
  gst: 'GST',
  cgst: 'CGST',
  sgst: 'SGST',
  total: 'Total',
  exempt: 'Exempt',
  exemptValue: 'Exempt value',
  roundOff: 'Round-off',
  grandTotal: 'Total',
  inWords: 'Amount in words',
  gstSummary: 'GST by rate',
  gstRate: 'Rate',
  exemptNote:
    'Healthcare services by a clinical establishment are exempt from GST (Notification 12/2017-Central Tax (Rate), Sl. No. 74).',
  notes: 'Notes',
  electronic: 'This is an electronically generated document.',
  forClinic: (clinic) => `For ${clinic}: authorised signatory`,
  page: (page, pages) => `Page ${page} of ${pages}`,
}

const hi: InvoiceLabels = {
  titles: {
    tax_invoice: 'कर बीजक (Tax Invoice)',
    bill_of_supply: 'आपूर्ति बिल (Bill of Supply)',
    invoice_cum_bill_of_supply: 'बीजक-सह-आपूर्ति बिल (Invoice-cum-Bill of Supply)',
  },
  draft: 'मसौदा — कर बीजक नहीं (Draft — not a tax invoice)',
  number: 'क्रमांक',
  date: 'दिनांक',
  legalName: 'क़ानूनी नाम',
  placeOfSupply: 'आपूर्ति का स्थान',
  reverseCharge: 'रिवर्स चार्ज पर देय कर',
  no: 'नहीं',
  billTo: 'प्राप्तकर्ता',
  reference: 'मरीज़ आईडी',
  address: 'पता',
  state: 'राज्य',
  gstin: 'जीएसटीआईएन',
  phone: 'फ़ोन',
  email: 'ईमेल',
  serial: '#',
  description: 'विवरण',
  sac: 'SAC',
  quantity: 'मात्रा',
  rate: 'दर',
  discount: 'छूट',
  taxableValue: 'कर योग्य मूल्य',
  gst: 'जीएसटी',
  cgst: 'सीजीएसटी',
  sgst: 'एसजीएसटी',
  total: 'कुल',
  exempt: 'छूट प्राप्त',
  exemptValue: 'छूट प्राप्त मूल्य',
  roundOff: 'पूर्णांकन',
  grandTotal: 'कुल राशि',
  inWords: 'राशि शब्दों में',
  gstSummary: 'दर के अनुसार जीएसटी',
  gstRate: 'दर',
  exemptNote: 'क्लिनिक की स्वास्थ्य सेवाएँ जीएसटी से मुक्त हैं (अधिसूचना 12/2017-केंद्रीय कर (दर), क्रम सं. 74)।',
  notes: 'टिप्पणी',
  electronic: 'यह इलेक्ट्रॉनिक रूप से बनाया गया दस्तावेज़ है।',
  forClinic: (clinic) => `${clinic} की ओर से: अधिकृत हस्ताक्षरकर्ता`,
  page: (page, pages) => `पृष्ठ ${page} / ${pages}`,
}

export const invoiceLabels = { en, hi } as const satisfies Record<'en' | 'hi', InvoiceLabels>
