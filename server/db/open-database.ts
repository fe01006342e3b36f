import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.ts'
import type { JobConnection } from '../jobs/job-queue.ts'
import type { Logger } from '../lib/logger.ts'
import { openPostgresAdmin, pgliteAdmin } from './admin-connection.ts'
import { guardPool } from './connection-errors.ts'
import {
  isMigrated,
  type Migration,
  type MigrationReport,
  migrate,
  readMigrations,
} from './migrate.ts'
import { openPglite } from './open-pglite.ts'
import { PgliteDialect } from './pglite-dialect.ts'
import { pgliteJobDatabase } from './pglite-job-database.ts'
import { pipelineBegin } from './pipelined-begin.ts'
import { prepareStatements } from './prepared-statements.ts'
import type { Database } from './schema.ts'
import { pgTypes } from './type-parsers.ts'

export const APP_ROLE = 'niramaya_app'

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres'
  /** Connected as niramaya_app: every query is subject to RLS. */
  db: Kysely<Database>
  migrations: MigrationReport
  /** How the job queue reaches this database as the app role (server/jobs/job-queue.ts). */
  jobs: JobConnection
  close(): Promise<void>
}

type DatabaseConfig = Pick<
  Config,
  | 'dataDir'
  | 'databaseUrl'
  | 'databaseAppUrl'
  | 'databaseAppPassword'
  | 'databasePoolSize'
  | 'databasePreparedStatements'
>

/**
 * How long a request waits for a pooled connection (a free one, or a new one to a server that
 * does not answer) before it is answered 503: a stuck database must not pile up requests.
 */
const POOL_CONNECT_TIMEOUT_MS = 10_000

/** Connections the job queue opens beside the request pool: polling, settling, and one LISTEN. */
const JOB_POOL_SIZE = 3

/**
 * Migrates if anything is pending, then opens the application-role connection the server uses
 * (on PGlite, a restart with nothing pending opens once, straight as the app role). Lost
 * connections are logged to `logger` and replaced; they never end the process.
 */
export async function openDatabase(
  config: DatabaseConfig,
  logger?: Logger,
): Promise<DatabaseHandle> {
  const handle = config.databaseUrl
    ? await openPostgres(config, config.databaseUrl, logger)
    : await openEmbedded(path.join(config.dataDir, 'pglite'))
  await assertCannotBypassRls(handle.db)
  return handle
}

async function openEmbedded(directory: string): Promise<DatabaseHandle> {
  await mkdir(directory, { recursive: true })
  const all = await readMigrations()
  // Each PGlite open costs 0.3–0.5 s. On a restart with nothing pending, open once, as the app
  // role; the RLS check in openDatabase() still runs on the handle returned.
  const current = await openIfMigrated(directory, all)
  if (current) return current
  // Migrate as the superuser PGlite starts with, then reopen as the app role.
  const owner = await openPglite({ dataDir: directory })
  let migrations: MigrationReport
  try {
    migrations = await migrate(pgliteAdmin(owner), all)
  } finally {
    await owner.close()
  }
  return pgliteHandle(await openPglite({ dataDir: directory, username: APP_ROLE }), migrations)
}

/**
 * The app-role handle when the data directory exists and has every migration applied, else
 * undefined (a fresh directory, pending or edited migrations, a role that is missing or was
 * given the power to bypass RLS by hand): then the caller migrates, which also re-asserts the
 * roles' attributes.
 */
async function openIfMigrated(
  directory: string,
  all: Migration[],
): Promise<DatabaseHandle | undefined> {
  if (!existsSync(path.join(directory, 'PG_VERSION'))) return undefined
  let pglite: PGlite
  try {
    pglite = await openPglite({ dataDir: directory, username: APP_ROLE })
  } catch {
    return undefined // No app role yet: a first migration that stopped early.
  }
  const handle = pgliteHandle(pglite, { applied: [], alreadyApplied: all.length })
  const isCurrent = (await isMigrated(pgliteAdmin(pglite), all)) && !(await canBypassRls(handle.db))
  if (isCurrent) return handle
  await handle.close()
  return undefined
}

function pgliteHandle(pglite: PGlite, migrations: MigrationReport): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) })
  const jobs = { kind: 'pglite' as const, db: pgliteJobDatabase(db, pglite) }
  return { kind: 'pglite', db, migrations, jobs, close: () => db.destroy() }
}

async function openPostgres(
  config: DatabaseConfig,
  ownerUrl: string,
  logger: Logger | undefined,
): Promise<DatabaseHandle> {
  const admin = await openPostgresAdmin(ownerUrl, logger)
  let migrations: MigrationReport
  try {
    migrations = await migrate(admin)
  } finally {
    await admin.close()
  }
  const appUrl = config.databaseAppUrl ?? appUrlFrom(ownerUrl, config.databaseAppPassword)
  const pool = guardPool(
    new pg.Pool({
      connectionString: appUrl,
      max: config.databasePoolSize,
      connectionTimeoutMillis: POOL_CONNECT_TIMEOUT_MS,
      // Notices a peer that vanished without closing (a failover, a dropped NAT entry).
      keepAlive: true,
      types: pgTypes,
      // A transaction's begin goes out with its first statement (pipelined-begin.ts).
      pipeline: true,
    }),
    logger,
  )
  if (config.databasePreparedStatements !== false) prepareStatements(pool)
  pipelineBegin(pool)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  // The queue keeps its own few connections (one of them listening for NOTIFY), as the app role.
  const jobs = { kind: 'postgres' as const, connectionString: appUrl, max: JOB_POOL_SIZE }
  return { kind: 'postgres', db, migrations, jobs, close: () => db.destroy() }
}

/** Same server and database as the owner URL, logged in as niramaya_app. */
export function appUrlFrom(ownerUrl: string, password: string | undefined): string {
  const url = new URL(ownerUrl)
  url.username = APP_ROLE
  url.password = password ?? ''
  return url.toString()
}

/**
 * Refuses to serve requests over a connection that could see every clinic:
 * a superuser or BYPASSRLS login would silently switch off tenant isolation.
 */
async function assertCannotBypassRls(db: Kysely<Database>): Promise<void> {
  const role = await currentRole(db)
  if (!role || role.rolsuper || role.rolbypassrls) {
    await db.destroy()
    throw new Error(
      `The application database role (${role?.name ?? 'unknown'}) can bypass row-level security; refusing to start.`,
    )
  }
}

async function canBypassRls(db: Kysely<Database>): Promise<boolean> {
  const role = await currentRole(db)
  return !role || role.rolsuper || role.rolbypassrls
}

async function currentRole(db: Kysely<Database>) {
  const { rows } = await sql<{ rolsuper: boolean; rolbypassrls: boolean; name: string }>`
    SELECT rolsuper, rolbypassrls, rolname AS name FROM pg_roles WHERE rolname = current_user
  `.execute(db)
  return rows[0]
}
