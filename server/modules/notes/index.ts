/** Clinical notes (SOAP): drafts, signing, addenda, verification and my drafts. */
export { noteRoutes, patientNoteRoutes } from './routes.ts'
