import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fieldError } from '../../http/errors.ts'
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
  // Two messages in one millisecond would sort by their random ids; nudging the clock forward
  // keeps file names in the order the messages were sent.
  let lastTime = 0
  return {
    kind: 'outbox',
    async send(message: EmailMessage) {
      const time = Math.max(Date.now(), lastTime + 1)
      lastTime = time
      const id = randomUUID()
      const createdAt = new Date(time).toISOString()
      const { to, subject, text } = message
      const stored: OutboxMessage = {
        id,
        to,
        subject,
        text,
        html: message.html ?? null,
        createdAt,
        clinicId: message.clinicId ?? null,
      }
      await mkdir(options.dir, { recursive: true, mode: 0o700 })
      // Written under a temporary name and renamed, so a reader never sees half a message.
      const file = path.join(options.dir, fileName(createdAt, id))
      const temporary = `${file}.tmp`
      await writeFile(temporary, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 })
      await rename(temporary, file)
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

// `2026-03-01T10-00-15-123Z_<uuid>.json`: sorts by time as text, and has no `:` (not allowed in
// Windows file names).
function fileName(createdAt: string, id: string): string {
  return `${createdAt.replace(/[:.]/g, '-')}_${id}.json`
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
