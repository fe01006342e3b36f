import type { EmailMessage, EmailProvider } from '../../lib/email/email-provider.ts'
import type { SmsMessage, SmsProvider } from '../../lib/sms/sms-provider.ts'
import {
  ProviderError,
  type TemplateMessage,
  type TextMessage,
  type WhatsAppProvider,
} from '../../lib/whatsapp/provider.ts'

/** One attempt, ready for its channel's provider. */
export type Attempt =
  | { kind: 'template'; message: TemplateMessage }
  | { kind: 'text'; message: TextMessage }
  | { kind: 'sms'; message: SmsMessage }
  | { kind: 'email'; message: EmailMessage }

export interface Providers {
  whatsapp: WhatsAppProvider
  sms: SmsProvider
  email: EmailProvider
}

/** What the message row records as its provider, by channel. */
export function providerKind(
  providers: Providers,
  channel: 'whatsapp' | 'sms' | 'email',
): 'outbox' | 'meta' | 'interakt' | 'wati' | 'smtp' {
  if (channel === 'sms') return providers.sms.kind
  if (channel === 'email') return providers.email.kind
  return providers.whatsapp.kind
}

/**
 * Hands the attempt to its provider. WhatsApp providers throw ProviderError themselves; the SMS
 * and email providers throw what their transport throws, which is taken as not delivered and
 * worth retrying (a mail server that refused the connection, a full disk): the row goes back to
 * the queue. Neither gives a status webhook to reconcile with, so an SMTP server that took the
 * message and then dropped the connection before saying so can get it again (ADR 0025).
 */
export async function deliver(
  providers: Providers,
  attempt: Attempt,
): Promise<{ providerMessageId: string }> {
  switch (attempt.kind) {
    case 'template':
      return providers.whatsapp.sendTemplate(attempt.message)
    case 'text':
      return providers.whatsapp.sendText(attempt.message)
    case 'sms':
      return retryable('sms', () => providers.sms.send(attempt.message))
    case 'email':
      return retryable('email', async () => ({
        providerMessageId: (await providers.email.send(attempt.message)).messageId,
      }))
  }
}

async function retryable(
  provider: 'sms' | 'email',
  send: () => Promise<{ providerMessageId: string }>,
): Promise<{ providerMessageId: string }> {
  try {
    return await send()
  } catch (error) {
    const code = (error as { code?: unknown }).code
    throw new ProviderError(provider, true, typeof code === 'string' ? code.slice(0, 40) : 'ESEND')
  }
}
