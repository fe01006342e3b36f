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
    it(`match the columns of ${table}`, async () => {
      const { rows } = await sql<{ column_name: string }>`
        SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ${table}
        ORDER BY column_name`.execute(database.adminDb)
      expect(rows.map((row) => row.column_name)).toEqual(Object.keys(columns).sort())
    })
  }
})
