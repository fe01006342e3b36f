/**
 * One text message to a patient's Indian mobile: the fallback channel for patients who agreed to
 * SMS but not WhatsApp (PRODUCT.md §9). Messages carry personal data, so providers never log
 * their content.
 */
export interface SmsMessage {
  /** Ten digits (parseIndianMobile). */
  to: string
  text: string
  /** Our outbox id (server/modules/messaging/callback-data.ts), kept with the message. */
  callbackData: string
}

/**
 * An SMS sender. Only the local outbox exists so far: an Indian SMS gateway needs DLT-registered
 * templates and a sender ID per clinic (TRAI's commercial communications rules), which come with
 * the clinic's own providers.
 */
export interface SmsProvider {
  readonly kind: 'outbox'
  send(message: SmsMessage): Promise<{ providerMessageId: string }>
}
