import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { installJobQueue, JOB_QUEUE_MIGRATION, jobQueueChecksum } from '../jobs/install.ts'
import type { AdminConnection } from './admin-connection.ts'

const dbFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db')
export const migrationsFolder = path.join(dbFolder, 'migrations')
const rolesFile = path.join(dbFolder, 'roles.sql')

// Any fixed number works; it only has to be the same for every Niramaya process.
const MIGRATION_LOCK_KEY = 7_201_123_090

export interface Migration {
  name: string
  sql: string
  checksum: string
}

export interface MigrationReport {
  applied: string[]
  alreadyApplied: number
}

export async function readMigrations(folder = migrationsFolder): Promise<Migration[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.sql')).sort()
  return Promise.all(names.map((name) => readSqlFile(folder, name)))
}

async function readSqlFile(folder: string, name: string): Promise<Migration> {
  const sql = await readFile(path.join(folder, name), 'utf8')
  return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
}

/** The role bootstrap (db/roles.sql), run before the migrations on every migration run. */
function readRoles(): Promise<Migration> {
  return readSqlFile(path.dirname(rolesFile), path.basename(rolesFile))
}

/**
 * Read-only, for the app role: true when every migration given and the current db/roles.sql
 * were applied exactly as they are (same checksums), so a restart can skip opening the
 * database as its owner. False, never an error, when anything differs or the check function
 * does not exist yet (a database migrated before it was added): the caller then migrates,
 * which also reports an edited migration.
 */
export async function isMigrated(
  app: Pick<AdminConnection, 'query'>,
  migrations: Migration[],
): Promise<boolean> {
  let rows: { name: string; checksum: string }[]
  try {
    rows = await app.query('SELECT name, checksum FROM applied_migrations()')
  } catch {
    return false
  }
  const applied = new Map(rows.map((row) => [row.name, row.checksum]))
  const expected = [
    ...migrations,
    await readRoles(),
    { name: JOB_QUEUE_MIGRATION, checksum: jobQueueChecksum() },
  ]
  return expected.every((migration) => applied.get(migration.name) === migration.checksum)
}

/**
 * Creates the roles, then applies pending forward-only migrations in name order,
 * each in its own transaction as niramaya_owner, recorded in schema_migrations.
 * A migration that changed after it was applied stops the run: fix forward with a
 * new migration instead of editing history.
 */
export async function migrate(
  admin: AdminConnection,
  migrations?: Migration[],
): Promise<MigrationReport> {
  const all = migrations ?? (await readMigrations())
  const roles = await readRoles()
  // Session-level advisory lock: two servers starting together on one database migrate one
  // after the other, roles included. (The lock is per database; roles.sql itself tolerates
  // other databases of the cluster starting at the same moment.)
  await admin.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
  try {
    await admin.exec(roles.sql)
    await admin.exec(`
      BEGIN;
      SET LOCAL ROLE niramaya_owner;
      CREATE TABLE IF NOT EXISTS schema_migrations (
        name       text PRIMARY KEY,
        checksum   text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE schema_migrations IS E'Applied migrations. Global (not tenant data); the app role has no access.';
      -- No policy: only the owner role (BYPASSRLS) reads it.
      ALTER TABLE schema_migrations ENABLE ROW LEVEL SECURITY;
      ALTER TABLE schema_migrations FORCE ROW LEVEL SECURITY;
      ${appliedMigrationsFunction(roles.checksum)}
      COMMIT;`)
    const applied = await admin.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migrations',
    )
    const appliedByName = new Map(applied.map((row) => [row.name, row.checksum]))
    const report: MigrationReport = { applied: [], alreadyApplied: 0 }
    for (const migration of all) {
      const checksum = appliedByName.get(migration.name)
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied. Migrations are forward-only: restore the file and add a new migration.`,
          )
        }
        report.alreadyApplied += 1
        continue
      }
      await applyOne(admin, migration)
      report.applied.push(migration.name)
    }
    // pg-boss's tables and queues, after the migration that made their schema (ADR 0024).
    const jobQueue = jobQueueChecksum()
    if (appliedByName.get(JOB_QUEUE_MIGRATION) !== jobQueue) {
      await installJobQueue(admin)
      await admin.exec('BEGIN; SET LOCAL ROLE niramaya_owner;')
      await admin.query(
        `INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
        [JOB_QUEUE_MIGRATION, jobQueue],
      )
      await admin.exec('COMMIT')
    }
    return report
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
  }
}

/**
 * What the app role may know of the bookkeeping, for isMigrated(): the applied migrations'
 * names and checksums (public: they are the repository's files) plus the checksum of the
 * roles.sql this run applied, baked into the function because the roles have no table.
 * Recreated on every run, after roles.sql and inside the migration lock.
 */
function appliedMigrationsFunction(rolesChecksum: string): string {
  if (!/^[0-9a-f]{64}$/.test(rolesChecksum)) throw new Error('unexpected roles.sql checksum')
  return `
      CREATE OR REPLACE FUNCTION applied_migrations() RETURNS TABLE (name text, checksum text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
        AS $fn$
          SELECT m.name, m.checksum FROM public.schema_migrations m
          UNION ALL SELECT '${path.basename(rolesFile)}', '${rolesChecksum}'
        $fn$;
      COMMENT ON FUNCTION applied_migrations() IS
        'Applied migration names and checksums, read by the app role at start-up to skip migrating when nothing is pending.';
      REVOKE ALL ON FUNCTION applied_migrations() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION applied_migrations() TO niramaya_app;`
}

async function applyOne(admin: AdminConnection, migration: Migration): Promise<void> {
  await admin.exec('BEGIN; SET LOCAL ROLE niramaya_owner;')
  try {
    await admin.exec(migration.sql)
    await admin.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
      migration.name,
      migration.checksum,
    ])
    await admin.exec('COMMIT')
  } catch (error) {
    await admin.exec('ROLLBACK')
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Migration ${migration.name} failed: ${reason}`)
  }
}
