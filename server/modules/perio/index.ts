/** The periodontal chart: exams, measurements, completion, comparison and staging inputs. */
export { perioRoutes } from './routes.ts'
