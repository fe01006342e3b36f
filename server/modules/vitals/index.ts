/** Vital signs: recording them and a patient's trend. */
export { vitalsRoutes } from './routes.ts'
