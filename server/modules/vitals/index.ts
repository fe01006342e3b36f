/** Vital signs: recording them and a patient's trend. */

export { latestWeightKg } from './queries.ts'
export { vitalsRoutes } from './routes.ts'
