import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schemaColumns } from '../server/db/schema-columns.ts'
import { openTestDatabase, type TestDatabase } from '../test/test-database.ts'

let database: TestDatabase
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.close())

describe('row types in server/db/schema.ts', () => {
  for (const [table, columns] of Object.entries(schemaColumns)) {
    it(`list exactly the columns of ${table} the app role may read or write`, async () => {
      const access = await database.asOwner(async (tx) => {
        const { rows } = await sql<{ column_name: string; access: string }>`
          SELECT column_name,
                 CASE WHEN has_column_privilege('niramaya_app', format('public.%I', table_name), column_name, 'SELECT')
                      THEN 'read' ELSE 'write-only' END AS access
          FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = ${table}
            AND has_column_privilege('niramaya_app', format('public.%I', table_name), column_name,
                                     'SELECT, INSERT, UPDATE')
          ORDER BY column_name`.execute(tx)
        return Object.fromEntries(rows.map((row) => [row.column_name, row.access]))
      })
      expect(access).toEqual(Object.fromEntries(Object.entries(columns).sort()))
    })
  }
})
