/**
 * The local outbox of development installs: emails (no SMTP) and WhatsApp messages (no
 * WhatsApp provider), each reader seeing only their own clinic's.
 */
export { devOutboxRoutes } from './routes.ts'
