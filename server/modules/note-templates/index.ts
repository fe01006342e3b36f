/** Note templates per clinic (SOAP text with [[prompts]]), and the defaults a new clinic gets. */
export { seedNoteTemplates } from './queries.ts'
export { noteTemplateRoutes } from './routes.ts'
