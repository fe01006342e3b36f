/** The dental chart: its routes, and the use cases the treatment plan records findings with. */
export { changeFinding } from './change-finding.ts'
export { completeFinding } from './complete-finding.ts'
export { chartOf, type FindingRow, findingById } from './queries.ts'
export { recordFinding } from './record-finding.ts'
export { removeFinding } from './remove-finding.ts'
export { chartRoutes } from './routes.ts'
export { supersedeFinding } from './supersede.ts'
