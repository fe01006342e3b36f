import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../server/db/schema.ts'
import { withClinic } from '../server/db/with-clinic.ts'

export interface TestClinic {
  clinicId: string
  branchId: string
  name: string
}

/** A clinic with one branch, created the way sign-up will: inside its own tenant context. */
export async function createClinic(
  db: Kysely<Database>,
  name = 'Test Dental',
): Promise<TestClinic> {
  const clinicId = randomUUID()
  return withClinic(db, { clinicId }, async (tx) => {
    await tx.insertInto('clinics').values({ id: clinicId, name }).execute()
    const branch = await tx
      .insertInto('branches')
      .values({ clinic_id: clinicId, name: 'Main branch' })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { clinicId, branchId: branch.id, name }
  })
}
