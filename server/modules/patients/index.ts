/**
 * Patients: registration, search, the record and merging duplicates. Other modules use the
 * lookups and the patient number's format; the routes are mounted by server/app.ts.
 */
export { formatPatientNumber } from './present.ts'
export { activePatients, findPatient } from './queries.ts'
export { reindexSearchTokens } from './reindex-search-tokens.ts'
export { patientRoutes } from './routes.ts'
export { searchTokensFor } from './search-tokens.ts'
