/** The clinic itself: settings, and its local time for modules that need "today". */
export { clinicTimeZone, clinicToday } from './clinic-time.ts'
export { letterheadOf } from './letterhead.ts'
export { clinicRoutes } from './routes.ts'
export { taxProfileRoutes } from './tax-profile-routes.ts'
