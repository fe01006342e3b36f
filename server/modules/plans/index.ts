/** Treatment plans: plans, items per tooth, sittings, the chart link, estimates and acceptance. */
export { acceptanceRoutes } from './acceptance-routes.ts'
export { notBookedRoutes } from './not-booked-routes.ts'
export { planRoutes } from './routes.ts'
