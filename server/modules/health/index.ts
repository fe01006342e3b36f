/** The public health check for load balancers and monitoring. */
export { healthRoutes } from './routes.ts'
