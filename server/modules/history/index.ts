/** Medical and dental history: its routes, and the alerts other modules show with a patient. */
export {
  alertSourceOf,
  alertsFromSource,
  findAlerts,
  findPrescribingHistory,
} from './queries.ts'
export { historyRoutes } from './routes.ts'
