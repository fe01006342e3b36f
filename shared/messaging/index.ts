// Messaging (issue #14): pure rules shared by the server and the web app: quiet hours, the
// reminders an appointment gets and their idempotency keys, message templates, STOP replies,
// delivery status from out-of-order webhooks, and click-to-chat links.

export {
  appointmentReminders,
  DEFAULT_REMINDER_MINUTES_BEFORE,
  messageKey,
  type PlannedMessage,
} from './appointment-reminders.ts'
export { clickToChatLink } from './click-to-chat.ts'
export {
  type ConversationKind,
  conversationKinds,
  inboundKinds,
  isServiceWindowOpen,
  MAX_REPLY_LENGTH,
  optOutConfirmation,
  SERVICE_WINDOW_MS,
  serviceWindowEnd,
} from './conversation.ts'
export { applyDeliveryEvent, type DeliveryStatus, deliveryStatuses } from './delivery-status.ts'
export { emailSubject } from './email-subjects.ts'
export { isOptOutReply } from './opt-out.ts'
export { DEFAULT_QUIET_HOURS, firstSendableInstant, type QuietHours } from './quiet-hours.ts'
export {
  defaultTemplates,
  kindParameters,
  MAX_TEMPLATE_LENGTH,
  type MessageKind,
  type MessageLanguage,
  MissingTemplateParameter,
  messageKinds,
  renderTemplate,
  type TemplateProblem,
  templateParameters,
  templateProblem,
} from './templates.ts'
