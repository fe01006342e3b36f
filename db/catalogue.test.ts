import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isolationCases } from '../test/isolation-cases.ts'
import { openTestDatabase, type TestDatabase } from '../test/test-database.ts'
import { GLOBAL_TABLES, readTableFacts, tenancyViolations } from './catalogue.ts'

class RolledBack extends Error {
  constructor(readonly problems: string[]) {
    super('rolled back')
  }
}

let database: TestDatabase
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.close())

describe('table catalogue', () => {
  it('every application table is a forced-RLS tenant table or an allow-listed global table', async () => {
    const tables = await readTableFacts(database.db)
    expect(tables.map((t) => t.name)).toContain('branches')
    expect(tenancyViolations(tables)).toEqual([])
  })

  it('every tenant table has a cross-clinic isolation case', async () => {
    const tables = await readTableFacts(database.db)
    const tenantTables = tables.map((t) => t.name).filter((name) => !GLOBAL_TABLES[name])
    expect(tenantTables.filter((name) => !(name in isolationCases))).toEqual([])
  })

  it('notices a tenant table whose row-level security is no longer forced', async () => {
    // Thrown out of the transaction so it rolls back: the shared database is untouched.
    const problems = await database
      .asOwner(async (tx) => {
        await sql`ALTER TABLE branches NO FORCE ROW LEVEL SECURITY`.execute(tx)
        throw new RolledBack(tenancyViolations(await readTableFacts(tx)))
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) return error.problems
        throw error
      })
    expect(problems).toContain('branches: row-level security is not forced')
  })
})

describe('one clock', () => {
  // Defaults must read the application's clock (app_now(), set by withClinic) rather
  // than PostgreSQL's now(): otherwise rows are stamped by one clock and judged by another.
  it('no column default reads the database clock directly', async () => {
    const { rows } = await sql<{ column: string }>`
      SELECT c.relname || '.' || a.attname AS column
      FROM pg_attrdef d
      JOIN pg_class c ON c.oid = d.adrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
      WHERE pg_get_expr(d.adbin, d.adrelid) ~* '\m(now|transaction_timestamp|statement_timestamp|current_timestamp)\M'
      ORDER BY 1`.execute(database.db)
    expect(rows.map((row) => row.column)).toEqual([])
  })
})

describe('database roles', () => {
  it('the app role is not superuser, cannot bypass RLS and owns nothing', async () => {
    const { rows } = await sql<{
      rolsuper: boolean
      rolbypassrls: boolean
      rolcreaterole: boolean
      rolcreatedb: boolean
      owned: number
      is_owner_member: boolean
    }>`
      SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
             (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid)
               + (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid)
               + (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS owned,
             pg_has_role('niramaya_app', 'niramaya_owner', 'MEMBER') AS is_owner_member
      FROM pg_roles r WHERE r.rolname = 'niramaya_app'`.execute(database.db)
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      owned: 0,
      is_owner_member: false,
    })
  })

  it('only the owner role may bypass RLS among Niramaya roles', async () => {
    const { rows } = await sql<{ rolname: string }>`
      SELECT rolname FROM pg_roles WHERE rolname LIKE 'niramaya%' AND rolbypassrls ORDER BY rolname`.execute(
      database.db,
    )
    expect(rows.map((r) => r.rolname)).toEqual(['niramaya_owner'])
  })

  it('the app role cannot create tables', async () => {
    await expect(sql`CREATE TABLE sneaky (id int)`.execute(database.db)).rejects.toMatchObject({
      code: '42501',
    })
  })
})
