/**
 * Billing (issue #12): invoices drafted and issued with gap-free numbers; credit notes, payments,
 * advances and refunds on the patient's account.
 */

export { issuedInvoiceMoney } from './account-queries.ts'
export { billableItemRoutes } from './billable-items-routes.ts'
export { invoicePdf } from './invoice-document.ts'
export { invoiceListRoutes } from './invoice-list-routes.ts'
export { moneyPdfRoutes } from './money-pdf-routes.ts'
export { moneyRoutes } from './money-routes.ts'
export { invoicePdfRoutes } from './pdf-routes.ts'
export { seedDocumentSeries } from './queries.ts'
export { billingRoutes } from './routes.ts'
