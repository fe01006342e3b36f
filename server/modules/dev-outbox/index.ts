/** The local email outbox for development installs without SMTP. */
export { devOutboxRoutes } from './routes.ts'
