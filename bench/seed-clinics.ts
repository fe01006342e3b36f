import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../server/db/schema.ts'
import { withClinic } from '../server/db/with-clinic.ts'

/**
 * Creates `clinics` clinics with `branches` branches each, every clinic in its
 * own tenant context (as test/factories.ts and sign-up do). Returns their ids.
 */
export async function seedClinics(
  db: Kysely<Database>,
  clinics: number,
  branches: number,
  parallel: number,
): Promise<string[]> {
  const ids = Array.from({ length: clinics }, () => randomUUID())
  let next = 0
  const worker = async () => {
    for (let i = next++; i < ids.length; i = next++) {
      const clinicId = ids[i] as string
      await withClinic(db, { clinicId }, async (tx) => {
        await tx
          .insertInto('clinics')
          .values({ id: clinicId, name: `Bench clinic ${i + 1}` })
          .execute()
        await tx
          .insertInto('branches')
          .values(
            Array.from({ length: branches }, (_, b) => ({
              clinic_id: clinicId,
              name: `Branch ${b + 1}`,
            })),
          )
          .execute()
      })
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker))
  return ids
}
