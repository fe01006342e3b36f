/** The clinic's staff: members, invitations, role changes and deactivation. */
export { staffRoutes } from './routes.ts'
