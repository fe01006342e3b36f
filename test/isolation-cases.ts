import { sql } from 'kysely'
import type { IsolationCase } from './cross-clinic.ts'

/**
 * One cross-clinic case per tenant table. db/catalogue.test.ts fails when a
 * tenant table exists without an entry here, so no table ships untested.
 */
export const isolationCases: Record<string, IsolationCase> = {
  clinics: {
    table: 'clinics',
    tenantColumn: 'id',
    // The tenant root's row is its clinic; sign-up creates it with its own id.
    insertRow: async (tx, clinicId) => {
      await sql`INSERT INTO clinics (id, name) VALUES (${clinicId}, 'Probe clinic')
                ON CONFLICT (id) DO NOTHING`.execute(tx)
      return clinicId
    },
    update: { column: 'name', value: 'Renamed by another clinic' },
  },
  branches: {
    table: 'branches',
    insertRow: async (tx, clinicId) => {
      const row = await tx
        .insertInto('branches')
        .values({ clinic_id: clinicId, name: `Branch ${crypto.randomUUID()}` })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    },
    update: { column: 'name', value: 'Renamed by another clinic' },
  },
}
