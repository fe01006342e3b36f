import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpWithPatient, startRealServer } from '../../test/real-server.ts'

// PGlite is one connection inside this process: there is no server connection to terminate.
// The test runs on PostgreSQL (DATABASE_URL), as CI does.
const databaseUrl = process.env.DATABASE_URL

/** Concurrent clients, and how long one read may take before it counts as a hang. */
const CLIENTS = 8
const HANG_MS = 15_000

interface Outcome {
  status: number | 'hang' | 'network'
  code?: string
  hasStack?: boolean
}

describe.skipIf(!databaseUrl)('terminated database connections (PostgreSQL)', () => {
  // Tags this server's connections, so only they are terminated (other test files share the
  // database). pg reads PGAPPNAME when it connects; each test file runs in its own process.
  const applicationName = `niramaya-connection-loss-${randomUUID().slice(0, 8)}`
  const previousAppName = process.env.PGAPPNAME
  // Straight to PostgreSQL even when CI puts PgBouncer in front (DATABASE_APP_URL): behind a
  // pooler, server connections are shared by every test file's clients, and terminating them
  // would fail requests in files running alongside this one.
  const previousAppUrl = process.env.DATABASE_APP_URL
  let server: Awaited<ReturnType<typeof startRealServer>>
  let owner: Awaited<ReturnType<typeof signUpWithPatient>>
  let admin: pg.Client

  beforeAll(async () => {
    process.env.PGAPPNAME = applicationName
    delete process.env.DATABASE_APP_URL
    server = await startRealServer()
    owner = await signUpWithPatient(server.url)
    admin = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'niramaya-test-admin',
    })
    await admin.connect()
  }, 120_000)

  afterAll(async () => {
    await admin?.end()
    await server?.stop()
    if (previousAppName === undefined) delete process.env.PGAPPNAME
    else process.env.PGAPPNAME = previousAppName
    if (previousAppUrl !== undefined) process.env.DATABASE_APP_URL = previousAppUrl
  })

  const readPatient = () => owner.client.get(`/api/v1/patients/${owner.patientId}`)

  async function terminateServerConnections(): Promise<number> {
    const { rows } = await admin.query<{ terminated: boolean }>(
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
        WHERE usename = 'niramaya_app' AND datname = current_database()
          AND application_name = $1`,
      [applicationName],
    )
    return rows.filter((row) => row.terminated).length
  }

  /** Reads in a loop from several clients until `stop` resolves; every outcome is kept. */
  async function load(stop: Promise<void>): Promise<Outcome[]> {
    const outcomes: Outcome[] = []
    let isStopped = false
    void stop.then(() => {
      isStopped = true
    })
    const oneClient = async () => {
      while (!isStopped) {
        try {
          const response = await fetch(`${server.url}/api/v1/patients/${owner.patientId}`, {
            headers: owner.client.headers(),
            signal: AbortSignal.timeout(HANG_MS),
          })
          const text = await response.text()
          if (response.status === 200) {
            outcomes.push({ status: 200 })
          } else {
            const { error } = JSON.parse(text) as { error: { code: string } }
            outcomes.push({
              status: response.status,
              code: error.code,
              hasStack: /\bat /.test(text),
            })
          }
        } catch (error) {
          outcomes.push({ status: (error as Error).name === 'TimeoutError' ? 'hang' : 'network' })
        }
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, oneClient))
    return outcomes
  }

  async function eventually(check: () => Promise<boolean>, what: string) {
    const deadline = Date.now() + 5_000
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not recovered within 5 s: ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  it.each([1, 2])(
    'round %i: in-flight reads get 200 or 503, and the server recovers without a restart',
    async () => {
      let finish: () => void = () => undefined
      const stop = new Promise<void>((resolve) => {
        finish = resolve
      })
      const loading = load(stop)
      // Let the pool fill up and requests overlap, then cut every connection at once.
      await new Promise((resolve) => setTimeout(resolve, 300))
      const terminated = await terminateServerConnections()
      await new Promise((resolve) => setTimeout(resolve, 700))
      finish()
      const outcomes = await loading

      expect(terminated).toBeGreaterThan(0)
      const unexpected = outcomes.filter(
        (outcome) =>
          !(
            outcome.status === 200 ||
            (outcome.status === 503 && outcome.code === 'unavailable' && !outcome.hasStack)
          ),
      )
      expect(unexpected).toEqual([])
      expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(0)

      await eventually(
        async () => (await fetch(`${server.url}/api/v1/health`)).status === 200,
        'health',
      )
      await eventually(async () => (await readPatient()).status === 200, 'a signed-in read')
    },
    60_000,
  )

  it('the in-process worker resumes sealing the audit log', async () => {
    // Reads are audited; the worker seals events every 2 s over the same pool.
    await terminateServerConnections()
    expect((await readPatient()).status).toBeOneOf([200, 503])
    await eventually(async () => (await readPatient()).status === 200, 'a signed-in read')
    const deadline = Date.now() + 15_000
    let unsealed = Number.POSITIVE_INFINITY
    while (Date.now() < deadline) {
      const { rows } = await admin.query<{ unsealed: string }>(
        'SELECT count(*) AS unsealed FROM audit_events WHERE clinic_id = $1 AND sealed_at IS NULL',
        [owner.clinicId],
      )
      unsealed = Number(rows[0]?.unsealed)
      if (unsealed === 0) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(unsealed).toBe(0)
  }, 30_000)
})
