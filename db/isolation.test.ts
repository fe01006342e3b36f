import { afterAll, beforeAll, describe, it } from 'vitest'
import { expectCrossClinicIsolation } from '../test/cross-clinic.ts'
import { isolationCases } from '../test/isolation-cases.ts'
import { openTestDatabase, type TestDatabase } from '../test/test-database.ts'

let database: TestDatabase
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.close())

describe('clinic B cannot read, change or delete clinic A rows', () => {
  for (const [table, spec] of Object.entries(isolationCases)) {
    it(`in ${table}`, () => expectCrossClinicIsolation(database, spec))
  }
})
