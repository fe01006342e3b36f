/** Care teams: who among the doctors and assistants looks after a patient. */
export { careTeamRoutes, clinicianRoutes } from './routes.ts'
