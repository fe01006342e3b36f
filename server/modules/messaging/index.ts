/**
 * Patient messages (issue #14): the outbox of WhatsApp messages planned with appointment changes
 * and sent by the worker after checking consent, the visit and quiet hours again; patients'
 * replies in the inbox, answered with free text; STOP withdrawing WhatsApp consent.
 */

export { parseCallbackData } from './callback-data.ts'
export { documentLinkRoutes } from './document-link-routes.ts'
export { messageDocumentRoutes } from './document-routes.ts'
export { inboxRoutes } from './inbox-routes.ts'
export { type AppointmentChange, planAppointmentMessages } from './plan-appointment-messages.ts'
export { type PlanOutcome, planPatientMessage } from './plan-message.ts'
export { providerRoutes } from './provider-routes.ts'
export { reminderRoutes } from './reminder-routes.ts'
export { applyMessageRetention, retentionJobHandler } from './retention.ts'
export { messagingRoutes, patientMessageRoutes } from './routes.ts'
export { messageJobHandler } from './send-message.ts'
export { templateRoutes } from './template-routes.ts'
export { whatsappWebhookRoutes } from './webhook-routes.ts'
