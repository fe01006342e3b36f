import { createServer, type Server } from 'node:net'
import { Writable } from 'node:stream'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerPatient } from '../../test/document-helpers.ts'
import { signUpClinic } from '../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { guardPool } from '../db/connection-errors.ts'
import type { Database } from '../db/schema.ts'

// A database that cannot be reached, made real rather than mocked: a port where nothing
// listens (ECONNREFUSED), and a "server" that accepts and hangs up at once (pg's "Connection
// terminated unexpectedly"), as a restarting PostgreSQL or a pooler reset does.

const logLines: string[] = []
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk))
      done()
    },
  }),
)

function unreachableDatabase(port: number): Kysely<Database> {
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port,
    user: 'nobody',
    connectionTimeoutMillis: 5_000,
  })
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: guardPool(pool, logger) }) })
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
}

describe('requests while the database cannot be reached', () => {
  let t: TestApp
  let owner: Awaited<ReturnType<typeof signUpClinic>>
  let patientId: string
  let hangUp: Server
  const broken: Record<string, Kysely<Database>> = {}

  beforeAll(async () => {
    t = await createTestApp({ logger })
    owner = await signUpClinic(t.app)
    patientId = await registerPatient(owner.client)
    const closed = createServer()
    const closedPort = await listen(closed)
    await new Promise((resolve) => closed.close(resolve))
    hangUp = createServer((socket) => socket.destroy())
    broken.refused = unreachableDatabase(closedPort)
    broken['hung up'] = unreachableDatabase(await listen(hangUp))
  })

  afterAll(async () => {
    for (const db of Object.values(broken)) await db.destroy()
    hangUp?.close()
    await t?.close()
  })

  it.each(['refused', 'hung up'])(
    'connection %s: 503 unavailable with Retry-After, no details, and the next request succeeds',
    async (kind) => {
      const working = t.deps.db
      const brokenDb = broken[kind]
      if (!brokenDb) throw new Error(`no database for ${kind}`)
      logLines.length = 0
      t.deps.db = brokenDb
      let response: Response
      try {
        response = await owner.client.get(`/api/v1/patients/${patientId}`)
      } finally {
        t.deps.db = working
      }
      expect(response.status).toBe(503)
      expect(response.headers.get('Retry-After')).toBe('1')
      const text = await response.text()
      const { error } = JSON.parse(text) as { error: Record<string, unknown> }
      expect(error.code).toBe('unavailable')
      expect(String(error.message)).toMatch(/database/i)
      expect(text).not.toMatch(/ECONN|terminated|127\.0\.0\.1|\bat /)

      // Logged as a warning by request id and route pattern, with the error's class and code.
      const logged = logLines.map((line) => JSON.parse(line) as Record<string, unknown>)
      const failure = logged.find((line) => line.msg === 'request failed: database unavailable')
      expect(failure).toMatchObject({ requestId: error.requestId, method: 'GET' })
      expect(JSON.stringify(failure)).not.toContain(patientId)

      // Nothing to restart: the same app answers the next request from the working database.
      expect((await owner.client.get(`/api/v1/patients/${patientId}`)).status).toBe(200)
    },
  )

  it('health reports the database down with a 503, then up again', async () => {
    const working = t.deps.db
    t.deps.db = broken.refused as Kysely<Database>
    try {
      const response = await t.app.request('/api/v1/health')
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ status: 'degraded', database: 'down' })
    } finally {
      t.deps.db = working
    }
    expect((await t.app.request('/api/v1/health')).status).toBe(200)
  })
})
