/**
 * Billing reports (issue #12 item 7): the GST summary, the GSTR-1 export and the e-invoice JSON,
 * read from the issued invoices and credit notes of the billing module's tables.
 */

export { collectionReportRoutes } from './collection-routes.ts'
export { revenueReportRoutes } from './revenue-routes.ts'
export { billingReportRoutes } from './routes.ts'
