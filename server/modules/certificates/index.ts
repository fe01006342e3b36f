/** Medical certificates (issue #13 items 5-6): fitness, sick leave and attendance, signed as PDF. */
export { certificateRoutes } from './routes.ts'
