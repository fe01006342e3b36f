import { createServer } from 'node:net'
import { Writable } from 'node:stream'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { guardPool } from './db/connection-errors.ts'
import type { Database } from './db/schema.ts'
import { startWorker } from './worker.ts'

// Resuming after a real terminated connection is proved on PostgreSQL in
// server/db/connection-loss.int.test.ts; this covers a database that is not there at all.

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  return typeof address === 'object' && address ? address.port : 0
}

describe('the worker without a database', () => {
  it('logs the failed round by class and code, and keeps going', async () => {
    const lines: string[] = []
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk))
          done()
        },
      }),
    )
    const pool = guardPool(
      new pg.Pool({ host: '127.0.0.1', port: await closedPort(), user: 'nobody' }),
      logger,
    )
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    const worker = startWorker(db, logger, 60_000)
    try {
      expect(await worker.runOnce()).toBe(false)
      expect(await worker.runOnce()).toBe(false)
      const failures = lines.map((line) => JSON.parse(line) as { msg: string; err: unknown })
      expect(failures).toHaveLength(2)
      expect(failures[0]).toMatchObject({
        msg: 'worker: database unreachable; sealing the audit log will be retried',
        err: { code: 'ECONNREFUSED' },
      })
    } finally {
      await worker.stop()
      await db.destroy()
    }
  })
})
