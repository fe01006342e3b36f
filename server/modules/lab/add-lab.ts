import type { z } from 'zod'
import type { NewLabSchema } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import type { LabRow } from './queries.ts'

export const nameTaken = () => fieldError('conflict', 'name', 'lab.name_taken')

/** Adds a dental lab to the clinic's list (names are unique, ignoring case). */
export async function addLab(
  tx: Tx,
  actor: Session,
  input: z.output<typeof NewLabSchema>,
): Promise<LabRow> {
  const insert = tx
    .insertInto('labs')
    .values({
      clinic_id: actor.clinicId,
      name: input.name,
      contact_person: input.contactPerson || null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      address: input.address || null,
      notes: input.notes || null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return mapDatabaseErrors(insert, { '23505': nameTaken() })
}
