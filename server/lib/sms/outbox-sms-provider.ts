import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { outboxClock, writeOutboxFile } from '../outbox-file.ts'
import type { SmsProvider } from './sms-provider.ts'

/** Where the local SMS outbox keeps its messages (one JSON file each), beside the others. */
export function smsOutboxDir(dataDir: string): string {
  return path.join(dataDir, 'sms-outbox')
}

/**
 * The SMS provider when none is configured: each message becomes a JSON file in the data
 * directory, readable by its owner only (it holds a mobile number and the text), as the email and
 * WhatsApp outboxes do.
 */
export function createSmsOutboxProvider(options: { dir: string }): SmsProvider {
  const sentAt = outboxClock()
  return {
    kind: 'outbox',
    send: async (message) => {
      const id = randomUUID()
      const stored = {
        id,
        channel: 'sms',
        to: message.to,
        text: message.text,
        callbackData: message.callbackData,
        createdAt: sentAt().toISOString(),
      }
      await writeOutboxFile(options.dir, stored)
      return { providerMessageId: `sms-outbox.${id}` }
    },
  }
}
