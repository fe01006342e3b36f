import { randomUUID } from 'node:crypto'
import { outboxClock, writeOutboxFile } from '../outbox-file.ts'
import type { WhatsAppProvider } from './provider.ts'

/**
 * The WhatsApp provider when none is configured (development, and installs that send from
 * their own phone): each message becomes a JSON file in the data directory's outbox, as
 * emails do, showing exactly what the patient would read. The files hold personal data (a
 * mobile number and the message), so they are readable by their owner only and live with the
 * rest of the data (DPDP Act 2023, s. 8(5)).
 */
export interface WhatsAppOutboxMessage {
  id: string
  channel: 'whatsapp'
  to: string
  /** The template's name, or null for a free-text reply. */
  templateName: string | null
  language: string | null
  text: string
  callbackData: string
  /** The PDF the message carries: its link (open it to see the file) and name. */
  document?: { url: string; filename: string }
  createdAt: string
}

export function createWhatsAppOutboxProvider(options: { dir: string }): WhatsAppProvider {
  const sentAt = outboxClock()
  const store = async (message: Omit<WhatsAppOutboxMessage, 'id' | 'channel' | 'createdAt'>) => {
    const stored: WhatsAppOutboxMessage = {
      id: randomUUID(),
      channel: 'whatsapp',
      ...message,
      createdAt: sentAt().toISOString(),
    }
    await writeOutboxFile(options.dir, stored)
    return { providerMessageId: `outbox.${stored.id}` }
  }
  return {
    kind: 'outbox',
    sendTemplate: (message) =>
      store({
        to: message.to,
        templateName: message.templateName,
        language: message.language,
        text: message.text,
        callbackData: message.callbackData,
        ...(message.document ? { document: message.document } : {}),
      }),
    sendText: (message) =>
      store({
        to: message.to,
        templateName: null,
        language: null,
        text: message.text,
        callbackData: message.callbackData,
      }),
  }
}
