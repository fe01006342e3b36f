/** Treatment plans: plans, items per tooth, sittings, the chart link, estimates and acceptance. */
export { acceptanceRoutes } from './acceptance-routes.ts'
/** The drawn-signature check, shared with the other signed forms (treatment consent, certificates). */
export { readSignature } from './acceptance-signature.ts'
export { notBookedRoutes } from './not-booked-routes.ts'
export { planRoutes } from './routes.ts'
