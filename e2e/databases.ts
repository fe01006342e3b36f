import pg from 'pg'

/**
 * Browser tests on PostgreSQL (DATABASE_URL): each test file gets a database of its own, cloned
 * from one migrated template (e2e/global-setup.ts), as each file on PGlite gets a copy of a
 * migrated data folder. Shared, the files' clinics would meet in per-address limits kept in the
 * database (sign-ups from 127.0.0.1) and in the development outbox; cloning takes a fraction of
 * a second where migrating takes seconds.
 */

/** The template's name: the DATABASE_URL database's, with `_e2e`. */
export function templateName(databaseUrl: string): string {
  return `${databaseOf(databaseUrl)}_e2e`
}

/** Runs `statement` on the server of `databaseUrl`, connected to its own database. */
async function onServer(databaseUrl: string, statement: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(statement)
    return rows.map((row) => row.name)
  } finally {
    await client.end()
  }
}

/** A fresh, empty template database (the product then starts in it once to migrate it). */
export async function createTemplate(databaseUrl: string): Promise<string> {
  const template = templateName(databaseUrl)
  await dropDatabases(databaseUrl, template)
  await onServer(databaseUrl, `CREATE DATABASE ${template}`)
  return withDatabase(databaseUrl, template)
}

let cloneCount = 0

/** A new database cloned from the template; returns its URL. */
export async function cloneTemplate(databaseUrl: string): Promise<string> {
  const template = templateName(databaseUrl)
  cloneCount += 1
  const clone = `${template}_${process.pid}_${cloneCount}`
  await onServer(databaseUrl, `CREATE DATABASE ${clone} TEMPLATE ${template}`)
  return withDatabase(databaseUrl, clone)
}

/** Drops one clone (its server stopped first). */
export async function dropClone(databaseUrl: string, cloneUrl: string): Promise<void> {
  await onServer(databaseUrl, `DROP DATABASE IF EXISTS ${databaseOf(cloneUrl)} WITH (FORCE)`)
}

/** Drops the template and every clone of it a killed worker may have left behind. */
export async function dropDatabases(databaseUrl: string, template: string): Promise<void> {
  const left = await onServer(
    databaseUrl,
    `SELECT datname AS name FROM pg_database WHERE datname = '${template}' OR datname LIKE '${template}\\_%'`,
  )
  for (const name of left) {
    await onServer(databaseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

function databaseOf(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1))
  // The name goes into SQL as an identifier and a LIKE pattern: plain lower-case names only.
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) {
    throw new Error('browser tests on PostgreSQL need a plain lower-case database name')
  }
  return name
}

function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl)
  url.pathname = `/${database}`
  return url.toString()
}
