/** Billing (issue #12): invoices drafted and issued with gap-free numbers; more to follow. */
export { seedDocumentSeries } from './queries.ts'
export { billingRoutes } from './routes.ts'
