import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { PgBoss } from 'pg-boss'
import type { AdminConnection } from '../db/admin-connection.ts'
import { ownerJobDatabase } from './owner-job-database.ts'
import {
  DEAD_LETTER_OPTIONS,
  deadLetterQueue,
  JOB_SCHEMA,
  QUEUE_OPTIONS,
  type QueueName,
} from './queues.ts'

/**
 * Installs or upgrades pg-boss's tables in their schema and creates every queue (with its
 * dead-letter queue), as niramaya_owner over the migration runner's administrative connection.
 * Runs on every migration, after the SQL migrations (which create the schema and the app role's
 * default privileges); pg-boss takes its own advisory lock, so servers starting together are safe.
 * Queue options are updated too, so a changed retry policy reaches existing queues.
 */
export async function installJobQueue(
  admin: AdminConnection,
  schema: string = JOB_SCHEMA,
): Promise<void> {
  const boss = new PgBoss({
    db: ownerJobDatabase(admin),
    schema,
    // The SQL migration made the schema (owned by niramaya_owner, with grants to the app).
    createSchema: false,
    migrate: true,
    supervise: false,
    schedule: false,
    registerInstance: false,
    openTelemetry: { enabled: false },
  })
  const failures: Error[] = []
  boss.on('error', (error) => failures.push(error))
  await boss.start()
  try {
    for (const [name, options] of Object.entries(QUEUE_OPTIONS) as [QueueName, object][]) {
      const deadLetter = deadLetterQueue(name)
      await ensureQueue(boss, deadLetter, DEAD_LETTER_OPTIONS)
      await ensureQueue(boss, name, { ...options, deadLetter })
    }
  } finally {
    await boss.stop({ graceful: false, close: false })
  }
  if (failures.length > 0) throw failures[0]
}

async function ensureQueue(boss: PgBoss, name: string, options: object): Promise<void> {
  if (await boss.getQueue(name)) {
    // partition and policy cannot change after creation; everything else can.
    const { partition: _p, policy: _q, ...changeable } = options as Record<string, unknown>
    await boss.updateQueue(name, changeable)
  } else {
    await boss.createQueue(name, options)
  }
}

/**
 * What the installed queue must match: pg-boss's schema version and our queue settings. Recorded
 * in schema_migrations under JOB_QUEUE_MIGRATION after each install, so a restart of embedded
 * PGlite with nothing pending (isMigrated) also notices a pg-boss upgrade or a changed queue.
 */
export function jobQueueChecksum(): string {
  const require = createRequire(import.meta.url)
  const { pgboss } = require('pg-boss/package.json') as { pgboss: { schema: number } }
  return createHash('sha256')
    .update(JSON.stringify({ schema: pgboss.schema, QUEUE_OPTIONS, DEAD_LETTER_OPTIONS }))
    .digest('hex')
}

export const JOB_QUEUE_MIGRATION = 'job-queue (pg-boss)'
