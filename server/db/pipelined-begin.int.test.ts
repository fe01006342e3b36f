import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { pipelineBegin } from './pipelined-begin.ts'
import { prepareStatements } from './prepared-statements.ts'

// Pipelining concerns a socket to a PostgreSQL server; PGlite runs queries in-process.
const databaseUrl = process.env.DATABASE_URL

interface Opened {
  db: Kysely<Record<string, never>>
  pool: pg.Pool
  /** Socket writes made so far on the pool's connection. */
  writes(): number
}

/** A one-connection pool set up as the server's (open-database.ts), counting socket writes. */
function open(beforePipelining?: (client: pg.PoolClient) => void): Opened {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, pipeline: true })
  let writes = 0
  pool.on('connect', (client) => {
    client.on('error', () => {}) // as guardPool does: a lost connection is the pool's to replace
    const stream = (client as unknown as { connection: { stream: Record<string, unknown> } })
      .connection.stream
    for (const method of ['_write', '_writev'] as const) {
      const original = stream[method] as (...args: unknown[]) => unknown
      stream[method] = (...args: unknown[]) => {
        writes += 1
        return original.apply(stream, args)
      }
    }
    beforePipelining?.(client)
  })
  pipelineBegin(prepareStatements(pool))
  return {
    db: new Kysely({ dialect: new PostgresDialect({ pool }) }),
    pool,
    writes: () => writes,
  }
}

describe.skipIf(!databaseUrl)(
  'a transaction’s begin goes out with its first statement (PostgreSQL)',
  () => {
    let opened: Opened | undefined
    afterEach(async () => {
      await opened?.db.destroy()
      opened = undefined
    })

    it('in one socket write, and the statement runs inside the transaction', async () => {
      opened = open()
      const { db, writes } = opened
      await sql`SELECT 1`.execute(db) // connects

      const before = writes()
      const seen = await db.transaction().execute(async (tx) => {
        // Transaction-local: visible to the next statement only if begin came first.
        await sql`SELECT set_config('niramaya.probe', ${'in-transaction'}, true)`.execute(tx)
        const afterFirst = writes()
        const { rows } = await sql<{ probe: string }>`
        SELECT current_setting('niramaya.probe', true) AS probe`.execute(tx)
        return { afterFirst, probe: rows[0]?.probe }
      })
      expect(seen.probe).toBe('in-transaction')
      expect(seen.afterFirst - before).toBe(1) // begin and the first statement together
      // And it ended with the transaction.
      const { rows } = await sql<{ probe: string | null }>`
      SELECT NULLIF(current_setting('niramaya.probe', true), '') AS probe`.execute(db)
      expect(rows[0]?.probe).toBeNull()
    })

    it('a first statement that fails rolls the transaction back and leaves the connection usable', async () => {
      opened = open()
      const { db } = opened
      await sql`CREATE TEMP TABLE pipelined (n int)`.execute(db)
      await expect(
        db.transaction().execute(async (tx) => {
          await sql`SELECT 1 / ${0}::int`.execute(tx)
        }),
      ).rejects.toMatchObject({ code: '22012' })
      await expect(
        db.transaction().execute(async (tx) => {
          await sql`INSERT INTO pipelined VALUES (${1}::int)`.execute(tx)
          throw new Error('changed my mind')
        }),
      ).rejects.toThrow('changed my mind')
      const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM pipelined`.execute(db)
      expect(Number(rows[0]?.n)).toBe(0)
    })

    it('a transaction whose first statement comes later still begins at once (the begin is not held back)', async () => {
      opened = open()
      const { db } = opened
      const { rows } = await db.transaction().execute(async (tx) => {
        await new Promise((resolve) => setTimeout(resolve, 50))
        // now() is when the transaction began; statement_timestamp() when this statement did.
        return sql<{ waited: number }>`
        SELECT extract(epoch FROM statement_timestamp() - now()) * 1000 AS waited`.execute(tx)
      })
      expect(Number(rows[0]?.waited)).toBeGreaterThanOrEqual(40)
    })

    it('a begin that fails takes the connection with it: nothing written behind it runs outside a transaction', async () => {
      let failBegin = true
      opened = open((client) => {
        const query = client.query.bind(client) as (...args: unknown[]) => unknown
        client.query = ((...args: unknown[]) =>
          failBegin && args[0] === 'begin'
            ? Promise.reject(new Error('begin refused'))
            : query(...args)) as typeof client.query
      })
      const { db } = opened
      await expect(
        db.transaction().execute(async (tx) => {
          await sql`SELECT pg_sleep(0.05)`.execute(tx)
        }),
      ).rejects.toThrow()
      failBegin = false
      // The pool replaces the connection; the next transaction works.
      const { rows } = await db
        .transaction()
        .execute((tx) => sql<{ one: number }>`SELECT 1 AS one`.execute(tx))
      expect(rows[0]?.one).toBe(1)
    })
  },
)
