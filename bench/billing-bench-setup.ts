import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { type RunningNiramaya, startNiramaya } from '../server/start.ts'
import { adminStatement, withDatabase } from './postgres-admin.ts'

/**
 * What bench/billing-issue.ts and bench/gstr1-export.ts share, in the manner of
 * bench/patient-read.ts: the real server on PostgreSQL (DATABASE_URL's server, loopback only) in a
 * fresh database (named from BENCH_DB_PREFIX) dropped afterwards, a clinic signed up over HTTP, and a superuser connection to
 * the same database for seeding and checks.
 */
export interface BillingBench {
  baseUrl: string
  cookie: string
  csrf: string
  clinicId: string
  userId: string
  /** The benchmark's database as the migrating superuser (the tables' owner). */
  sql: pg.Client
  close: () => Promise<void>
}

const prefix = process.env.BENCH_DB_PREFIX ?? 'niramaya_bench'
if (!/^[a-z_][a-z0-9_]{0,30}$/.test(prefix))
  throw new Error('BENCH_DB_PREFIX must be a lower-case SQL name')

export async function startBillingBench(name: string): Promise<BillingBench> {
  const serverUrl = new URL(
    process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  )
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(serverUrl.hostname)) {
    throw new Error(`bench:${name} runs against a PostgreSQL server on this machine only`)
  }
  const database = `${prefix}_${name}_${process.pid}`
  const dataDir = mkdtempSync(path.join(tmpdir(), `niramaya-bench-${name}-`))
  const admin = (statement: string) => adminStatement(serverUrl, statement)
  let server: RunningNiramaya | undefined
  let client: pg.Client | undefined
  const close = async () => {
    await client?.end().catch(() => undefined)
    await server?.stop().catch(() => undefined)
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined)
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await admin(`CREATE DATABASE ${database}`)
    const databaseUrl = withDatabase(serverUrl, database)
    server = await startNiramaya({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl,
      logLevel: 'silent',
    })
    const baseUrl = server.url
    const signup = await fetch(`${baseUrl}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        clinicName: 'Bench Dental',
        ownerName: 'Dr Bench',
        email: `bench-${Date.now()}@example.test`,
        password: 'kesari chai at 4 pm',
        state: 'Maharashtra',
      }),
    })
    if (signup.status !== 201) throw new Error(`sign-up answered ${signup.status}`)
    const cookies = new Map(
      signup.headers.getSetCookie().map((line) => {
        const [pair = ''] = line.split(';')
        const at = pair.indexOf('=')
        return [pair.slice(0, at).trim(), pair.slice(at + 1)] as const
      }),
    )
    const cookie = [...cookies].map(([key, value]) => `${key}=${value}`).join('; ')
    client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    const ids = await client.query<{ clinic_id: string; user_id: string }>(
      'SELECT clinic_id, user_id FROM memberships LIMIT 1',
    )
    const row = ids.rows[0]
    if (!row) throw new Error('no membership after sign-up')
    return {
      baseUrl,
      cookie,
      csrf: cookies.get('csrf_token') ?? '',
      clinicId: row.clinic_id,
      userId: row.user_id,
      sql: client,
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}

/** The p-th percentile (0–100) of the samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((x, y) => x - y)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] as number
}
