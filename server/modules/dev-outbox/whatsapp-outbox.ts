import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { WhatsAppOutboxMessage } from '../../lib/whatsapp/outbox-provider.ts'
import { parseCallbackData } from '../messaging/index.ts'

/**
 * The clinic a WhatsApp outbox message belongs to, from the callback data it was sent with
 * (`nrm:<clinicId>:<messageId>`). Anything else: undefined, shown to nobody.
 */
export function clinicOfCallbackData(value: unknown): string | undefined {
  return parseCallbackData(value)?.clinicId
}

/**
 * The newest `limit` messages of one clinic in the local WhatsApp outbox, newest first; empty
 * when nothing has been sent yet. File names sort by send time (server/lib/outbox-file.ts), so
 * files are read newest first and only until the limit is met. A file that is not a message
 * (edited by hand) is passed over rather than failing the page.
 */
export async function listWhatsAppOutbox(
  dir: string,
  clinicId: string,
  limit: number,
): Promise<WhatsAppOutboxMessage[]> {
  const names = (await messageFiles(dir)).sort().reverse()
  const found: WhatsAppOutboxMessage[] = []
  for (const name of names) {
    if (found.length >= limit) break
    const message = await readMessageFile(path.join(dir, name))
    if (message && clinicOfCallbackData(message.callbackData) === clinicId) found.push(message)
  }
  return found
}

async function messageFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

async function readMessageFile(file: string): Promise<WhatsAppOutboxMessage | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<WhatsAppOutboxMessage>
    const isMessage =
      typeof stored.id === 'string' &&
      typeof stored.to === 'string' &&
      typeof stored.text === 'string' &&
      typeof stored.createdAt === 'string'
    return isMessage ? (stored as WhatsAppOutboxMessage) : undefined
  } catch (error) {
    if (error instanceof SyntaxError) return undefined
    throw error
  }
}
