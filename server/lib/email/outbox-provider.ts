import { randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fieldError } from '../../http/errors.ts'
import { outboxClock, writeOutboxFile } from '../outbox-file.ts'
import type { EmailMessage, EmailProvider } from './email-provider.ts'

/**
 * The outbox stands in for SMTP in development and on single-machine installs that have no email
 * service: each message becomes a JSON file that a person (or a development page) can open to
 * follow an invitation or reset link. The files hold personal data (email addresses, names,
 * sign-in links), so the outbox lives under the data directory, is readable by its owner only,
 * and is backed up and erased with the rest of the data.
 * See: DPDP Act 2023, s. 8(5) (reasonable security safeguards)
 */
export interface OutboxMessage {
  id: string
  to: string
  subject: string
  text: string
  html: string | null
  createdAt: string
  /** The clinic the message belongs to; null for platform emails (and files written before). */
  clinicId: string | null
}

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function createOutboxProvider(options: { dir: string }): EmailProvider {
  const sentAt = outboxClock()
  return {
    kind: 'outbox',
    async send(message: EmailMessage) {
      const id = randomUUID()
      const { to, subject, text } = message
      const stored: OutboxMessage = {
        id,
        to,
        subject,
        text,
        html: message.html ?? null,
        createdAt: sentAt().toISOString(),
        clinicId: message.clinicId ?? null,
      }
      await writeOutboxFile(options.dir, stored)
      return { messageId: id }
    },
    async close() {},
  }
}

/**
 * The newest `limit` messages that `isVisible` accepts (all when absent), newest first; empty
 * when nothing has been sent yet. Files are read newest first and only until the limit is met.
 */
export async function listOutbox(
  dir: string,
  limit: number,
  isVisible: (message: OutboxMessage) => boolean = () => true,
): Promise<OutboxMessage[]> {
  const names = (await messageFiles(dir)).sort().reverse()
  const found: OutboxMessage[] = []
  for (const name of names) {
    if (found.length >= limit) break
    const message = await readMessageFile(path.join(dir, name))
    if (isVisible(message)) found.push(message)
  }
  return found
}

/** One message by id, or undefined. The id must be a UUID, so it can never name another path. */
export async function readOutboxMessage(
  dir: string,
  id: string,
): Promise<OutboxMessage | undefined> {
  if (!ID_PATTERN.test(id)) throw fieldError('bad_request', 'id', 'outbox.bad_id')
  const name = (await messageFiles(dir)).find((candidate) => candidate.endsWith(`_${id}.json`))
  return name === undefined ? undefined : readMessageFile(path.join(dir, name))
}

async function messageFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

async function readMessageFile(file: string): Promise<OutboxMessage> {
  const stored = JSON.parse(await readFile(file, 'utf8')) as OutboxMessage
  return { ...stored, clinicId: stored.clinicId ?? null }
}
