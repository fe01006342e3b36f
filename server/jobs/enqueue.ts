import { fromKysely, type SendOptions } from 'pg-boss'
import type { Tx } from '../db/with-clinic.ts'
import type { JobQueue } from './job-queue.ts'
import type { QueueName } from './queues.ts'

/**
 * The one way to enqueue: inside the transaction of the change that causes the job, so the job
 * exists if and only if the change committed (a rolled-back booking sends no reminder, a crash
 * after the commit loses no email). The data holds ids or a sealed payload, never personal data
 * in the clear (ADR 0024). On PGlite this must never fall back to the queue's own connection: the
 * request's transaction holds the one session, and waiting for it would deadlock.
 */
export async function enqueue(
  tx: Tx,
  queue: JobQueue,
  name: QueueName,
  data: object,
  options: Omit<SendOptions, 'db'> = {},
): Promise<string> {
  const id = await queue.boss.send(name, data, { ...options, db: fromKysely(tx) })
  // pg-boss answers null only for a singleton or throttled send it skipped; our queues use none.
  if (id === null) throw new Error(`the ${name} queue refused a job`)
  return id
}
