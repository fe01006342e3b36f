import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * One message of a local outbox (email or WhatsApp) as a JSON file: the folder and the file
 * readable by their owner only (they hold personal data), written under a temporary name and
 * renamed so a reader never sees half a message, and named
 * `2026-03-01T10-00-15-123Z_<uuid>.json`: sorted by time as text, with no `:` (not allowed in
 * Windows file names).
 */
export async function writeOutboxFile(
  dir: string,
  message: { id: string; createdAt: string },
): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, outboxFileName(message.createdAt, message.id))
  await writeFile(`${file}.tmp`, `${JSON.stringify(message, null, 2)}\n`, { mode: 0o600 })
  await rename(`${file}.tmp`, file)
}

export function outboxFileName(createdAt: string, id: string): string {
  return `${createdAt.replace(/[:.]/g, '-')}_${id}.json`
}

/**
 * Send times for one outbox: two messages in one millisecond get consecutive times, so file
 * names keep the order the messages were sent (rather than the order of their random ids).
 */
export function outboxClock(): () => Date {
  let lastTime = 0
  return () => {
    lastTime = Math.max(Date.now(), lastTime + 1)
    return new Date(lastTime)
  }
}
