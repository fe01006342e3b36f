import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../../../test/test-database.ts'
import { MERGE_TABLES, MOVED_TABLES } from './merge-tables.ts'

let database: TestDatabase
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.close())

const tablesWithPatientId = () =>
  database.asOwner(async (tx) => {
    const { rows } = await sql<{ table_name: string }>`
      SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND c.column_name = 'patient_id' AND t.table_type = 'BASE TABLE'
      ORDER BY 1`.execute(tx)
    return rows.map((row) => row.table_name)
  })

describe('what a merge does with each patient table', () => {
  it('every table with a patient_id is moved, copied or deliberately kept by the merge', async () => {
    const tables = await tablesWithPatientId()
    expect(tables.length).toBeGreaterThan(20)
    // A new table with a patient_id: add it to merge_move_patient_rows() (a new migration) and
    // to MERGE_TABLES as moved, or list it as kept or copied and say how reads still find it.
    expect(tables.filter((table) => !(table in MERGE_TABLES))).toEqual([])
    expect(Object.keys(MERGE_TABLES).filter((table) => !tables.includes(table))).toEqual([])
  })

  it('the merge function moves every table listed as moved', async () => {
    const body = await database.asOwner(async (tx) => {
      const { rows } = await sql<{ body: string }>`
        SELECT pg_get_functiondef('merge_move_patient_rows(uuid, uuid)'::regprocedure) AS body`.execute(
        tx,
      )
      return rows[0]?.body ?? ''
    })
    const moved = MOVED_TABLES.filter((table) =>
      new RegExp(`UPDATE ${table} SET patient_id = p_kept`).test(body),
    )
    expect(moved).toEqual(MOVED_TABLES)
  })

  it('no moved table allows only one row per patient (the merge would collide)', async () => {
    const unique = await database.asOwner(async (tx) => {
      const { rows } = await sql<{ table_name: string }>`
        SELECT DISTINCT c.relname AS table_name FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
        WHERE i.indisunique AND a.attname = 'patient_id'
          AND c.relnamespace = 'public'::regnamespace
          AND c.relname = ANY (${MOVED_TABLES}::text[])`.execute(tx)
      return rows.map((row) => row.table_name)
    })
    // perio_exams (clinic_id, id, patient_id) is unique through its id, for its teeth and sites.
    expect(unique.filter((table) => table !== 'perio_exams')).toEqual([])
  })

  it('the app role cannot re-point a record or mark one merged: only the merge function can', async () => {
    const repointable = await database.asOwner(async (tx) => {
      const { rows } = await sql<{ table_name: string }>`
        SELECT t AS table_name FROM unnest(${Object.keys(MERGE_TABLES)}::text[]) AS t
        WHERE has_column_privilege('niramaya_app', t::regclass, 'patient_id', 'UPDATE')
        ORDER BY 1`.execute(tx)
      return rows.map((row) => row.table_name)
    })
    const allowed = Object.entries(MERGE_TABLES)
      .filter(([, each]) => each.rule === 'moved' && each.appMayRepoint)
      .map(([table]) => table)
    expect(repointable).toEqual(allowed)
    const canMarkMerged = await database.asOwner(async (tx) => {
      const { rows } = await sql<{ can: boolean }>`
        SELECT has_column_privilege('niramaya_app', 'patients', 'merged_into_id', 'UPDATE') AS can`.execute(
        tx,
      )
      return rows[0]?.can
    })
    expect(canMarkMerged).toBe(false)
  })
})
