/**
 * One outgoing email. Callers build the text (and optionally HTML) themselves; the provider only
 * delivers it. Messages carry personal data (addresses, names, sign-in links), so providers never
 * log their content: at most the message id.
 */
export interface EmailMessage {
  to: string
  subject: string
  text: string
  html?: string
  /**
   * The clinic the message is about (an invitation), or absent for platform emails that belong
   * to no single clinic (password reset, sign-up). The local outbox uses it to show each clinic
   * only its own messages; SMTP ignores it.
   */
  clinicId?: string | undefined
}

/** Where email goes: a real SMTP server, or the local outbox when none is configured. */
export interface EmailProvider {
  readonly kind: 'smtp' | 'outbox'
  send(message: EmailMessage): Promise<{ messageId: string }>
  /** Releases connections; call once at shutdown. */
  close(): Promise<void>
}
