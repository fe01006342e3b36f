import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { inject } from 'vitest'
import { openPostgresAdmin } from '../server/db/admin-connection.ts'
import { APP_ROLE, appUrlFrom } from '../server/db/open-database.ts'
import { openPglite } from '../server/db/open-pglite.ts'
import { PgliteDialect } from '../server/db/pglite-dialect.ts'
import { pgliteJobDatabase } from '../server/db/pglite-job-database.ts'
import { prepareStatements } from '../server/db/prepared-statements.ts'
import type { Database } from '../server/db/schema.ts'
import { pgTypes } from '../server/db/type-parsers.ts'
import { type TenantContext, type Tx, withClinic } from '../server/db/with-clinic.ts'
import { withOwner } from '../server/db/with-owner.ts'
import { JOB_SCHEMA, type JobConnection } from '../server/jobs/index.ts'
import { installJobQueue } from '../server/jobs/install.ts'

export interface TestDatabase {
  kind: 'pglite' | 'postgres'
  /** The server's connection: niramaya_app, subject to RLS. */
  db: Kysely<Database>
  /** Administrative connection; reach it only through asOwner / asRlsProbe. */
  adminDb: Kysely<Database>
  /** Runs as niramaya_owner (bypasses RLS): to inspect or tamper with raw rows. */
  asOwner<T>(work: (tx: Tx) => Promise<T>): Promise<T>
  /** Runs with a tenant context as a role with the owner's privileges but no BYPASSRLS. */
  asRlsProbe<T>(context: TenantContext, work: (tx: Tx) => Promise<T>): Promise<T>
  /**
   * A job queue of this database for a test app. PGlite: the copy's own `pgboss` schema.
   * PostgreSQL, shared by every test file: a fresh schema of its own (dropped by `drop`), so one
   * file's worker never takes another file's jobs.
   */
  jobQueueSchema(): Promise<{ connection: JobConnection; schema: string; drop(): Promise<void> }>
  close(): Promise<void>
}

/** Opens the database prepared by test/global-setup.ts: a private PGlite copy, or the shared server. */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const target = inject('database')
  let db: Kysely<Database>
  let adminDb: Kysely<Database>
  let jobQueueSchema: TestDatabase['jobQueueSchema']
  if (target.kind === 'pglite') {
    const snapshot = new Blob([await readFile(target.snapshot)])
    const pglite = await openPglite({ loadDataDir: snapshot, username: APP_ROLE })
    db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) })
    // PGlite's session user is its superuser, so the same connection can switch role per transaction.
    adminDb = db
    const connection = { kind: 'pglite' as const, db: pgliteJobDatabase(db, pglite) }
    jobQueueSchema = async () => ({ connection, schema: JOB_SCHEMA, drop: async () => {} })
  } else {
    const appPool = new pg.Pool({
      // DATABASE_APP_URL, as for the server: CI points it at PgBouncer in transaction mode.
      connectionString:
        process.env.DATABASE_APP_URL ?? appUrlFrom(target.url, process.env.DATABASE_APP_PASSWORD),
      max: options.poolSize ?? 5,
      types: pgTypes,
    })
    // As the server does by default (DATABASE_PREPARED_STATEMENTS=auto): prepared statements on
    // a direct connection, none through the pooler.
    if (!process.env.DATABASE_APP_URL && process.env.DATABASE_PREPARED_STATEMENTS !== 'false') {
      prepareStatements(appPool)
    }
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: appPool }) })
    const appUrl =
      process.env.DATABASE_APP_URL ?? appUrlFrom(target.url, process.env.DATABASE_APP_PASSWORD)
    jobQueueSchema = () => privateJobSchema(target.url, appUrl)
    const adminPool = new pg.Pool({ connectionString: target.url, max: 2, types: pgTypes })
    adminDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: adminPool }) })
  }
  return {
    kind: target.kind,
    db,
    adminDb,
    asOwner: (work) => withOwner(adminDb, 'tests inspect raw rows across clinics', work),
    asRlsProbe: (context, work) =>
      withClinic(adminDb, context, async (tx) => {
        await sql`SET LOCAL ROLE niramaya_rls_probe`.execute(tx)
        return work(tx)
      }),
    jobQueueSchema: () => jobQueueSchema(),
    close: async () => {
      await db.destroy()
      if (adminDb !== db) await adminDb.destroy()
    },
  }
}

/**
 * A pg-boss schema for one test app on the shared PostgreSQL database, made by the migration
 * that makes `pgboss` (its SQL run again under another schema name) and installed by the same
 * code as `npm run migrate` (installJobQueue).
 */
async function privateJobSchema(ownerUrl: string, appUrl: string) {
  const schema = `pgboss_t${randomBytes(6).toString('hex')}`
  const migration = await readFile(
    new URL('../db/migrations/20261211090000_job_queue_schema.sql', import.meta.url),
    'utf8',
  )
  const admin = await openPostgresAdmin(ownerUrl)
  try {
    await admin.exec(
      `BEGIN; SET LOCAL ROLE niramaya_owner; ${migration.replaceAll(/\bpgboss\b/g, schema)} COMMIT;`,
    )
    await installJobQueue(admin, schema)
  } finally {
    await admin.close()
  }
  return {
    connection: { kind: 'postgres' as const, connectionString: appUrl, max: 2 },
    schema,
    drop: async () => {
      const owner = await openPostgresAdmin(ownerUrl)
      try {
        await owner.exec(
          `BEGIN; SET LOCAL ROLE niramaya_owner; DROP SCHEMA ${schema} CASCADE; COMMIT;`,
        )
      } finally {
        await owner.close()
      }
    },
  }
}
