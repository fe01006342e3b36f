import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
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
  createdAt: string
}

export function createWhatsAppOutboxProvider(options: { dir: string }): WhatsAppProvider {
  let lastTime = 0
  const store = async (message: Omit<WhatsAppOutboxMessage, 'id' | 'channel' | 'createdAt'>) => {
    // Keeps file names in sending order when two messages share a millisecond.
    const time = Math.max(Date.now(), lastTime + 1)
    lastTime = time
    const stored: WhatsAppOutboxMessage = {
      id: randomUUID(),
      channel: 'whatsapp',
      ...message,
      createdAt: new Date(time).toISOString(),
    }
    await mkdir(options.dir, { recursive: true, mode: 0o700 })
    const file = path.join(
      options.dir,
      `${stored.createdAt.replace(/[:.]/g, '-')}_${stored.id}.json`,
    )
    // Written under a temporary name and renamed, so a reader never sees half a message.
    await writeFile(`${file}.tmp`, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 })
    await rename(`${file}.tmp`, file)
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
