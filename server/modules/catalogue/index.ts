/** The procedure catalogue (price list): items, prices and GST, and what plans copy from it. */
export { type ProcedureRow, procedureForPlanning, seedProcedures } from './queries.ts'
export { catalogueRoutes } from './routes.ts'
