// Billing and GST (issue #12): pure, integer-only functions shared by the server and the web app.
// Money is integer paise and rates are basis points throughout (ADR on money); formatting of
// amounts is shared/format/money.ts (formatPaise).

export {
  type Account,
  type AccountTotals,
  accountOf,
  type InvoiceMoney,
  invoiceDuePaise,
  invoiceExcessPaise,
} from './account.ts'
export { rupeesInWords, type WordsLanguage } from './amount-in-words.ts'
export {
  type CreditRoom,
  creditNoteRoom,
  type LineCreditBase,
  type LineCreditParts,
  type LineCreditSplit,
  splitLineCredit,
} from './credit-note.ts'
export {
  checkGstin,
  GSTIN_FORMAT,
  type GstinCheck,
  type GstinErrorCode,
  gstinCheckCharacter,
} from './gstin.ts'
export {
  type InstalmentProgress,
  type InstalmentStatus,
  instalmentProgress,
} from './instalments.ts'
export {
  ALLOWED_GST_RATES_BP,
  checkInvoiceLine,
  computeInvoiceTax,
  type DocumentKind,
  documentKindOf,
  type GstRateSummary,
  type InvoiceError,
  type InvoiceErrorCode,
  type InvoiceLineAmounts,
  type InvoiceLineInput,
  type InvoiceTax,
  type InvoiceTaxOptions,
  type InvoiceTaxResult,
  type InvoiceTotals,
  invoiceLineAmounts,
  MAX_LINE_PAISE,
  recipientAddressRequired,
  roundOffToRupee,
  UNREGISTERED_RECIPIENT_THRESHOLD_PAISE,
} from './invoice-tax.ts'
export {
  checkSeriesPrefix,
  DOCUMENT_NUMBER_FORMAT,
  DOCUMENT_NUMBER_MAX_LENGTH,
  DocumentNumberError,
  type DocumentNumberErrorCode,
  type FinancialYear,
  financialYearOf,
  financialYearStarting,
  formatDocumentNumber,
  maxSerial,
  maxSeriesPrefixLength,
} from './numbering.ts'
