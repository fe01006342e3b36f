import { createRequire } from 'node:module'
import type Nodemailer from 'nodemailer'
import type { EmailMessage, EmailProvider } from './email-provider.ts'

/**
 * Sends through an SMTP server given as `smtp://user:pass@host:587` (STARTTLS when the server
 * offers it) or `smtps://user:pass@host:465` (TLS from the first byte). nodemailer reads extra
 * options from the query string, e.g. `?requireTLS=true` to refuse a server without STARTTLS.
 * Credentials with reserved characters must be percent-encoded in the URL.
 * See: https://nodemailer.com/smtp/#connection-url
 */
export function createSmtpProvider(options: { url: string; from: string }): EmailProvider {
  // Required here, only when SMTP is configured: the local outbox (the default) never loads it.
  const { createTransport } = createRequire(import.meta.url)('nodemailer') as typeof Nodemailer
  const transport = createTransport(options.url, { from: options.from })
  return {
    kind: 'smtp',
    async send(message: EmailMessage) {
      const info = await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
      })
      return { messageId: info.messageId }
    },
    async close() {
      transport.close()
    },
  }
}
