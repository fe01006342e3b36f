import type { z } from 'zod'
import type { LabPatchSchema } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError } from '../../http/errors.ts'
import { nameTaken } from './add-lab.ts'
import type { LabRow } from './queries.ts'

const orNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null || value === '' ? null : value

/**
 * Changes a lab's details, or archives or restores it. Labs are never deleted: the cases sent
 * to them keep naming them; an archived lab is only left out of the list to send new cases to.
 */
export async function changeLab(
  tx: Tx,
  labId: string,
  patch: z.output<typeof LabPatchSchema>,
  now: Date,
): Promise<LabRow> {
  const current = await tx
    .selectFrom('labs')
    .select(['id', 'archived_at'])
    .where('id', '=', labId)
    .forUpdate()
    .executeTakeFirst()
  if (!current) throw new AppError('not_found', 'lab.not_found')
  const archivedAt =
    patch.isArchived === undefined
      ? undefined
      : patch.isArchived
        ? (current.archived_at ?? now)
        : null
  const update = tx
    .updateTable('labs')
    .set({
      name: patch.name,
      contact_person: orNull(patch.contactPerson),
      phone: patch.phone,
      email: patch.email,
      address: orNull(patch.address),
      notes: orNull(patch.notes),
      archived_at: archivedAt,
    })
    .where('id', '=', labId)
    .returningAll()
    .executeTakeFirstOrThrow()
  return mapDatabaseErrors(update, { '23505': nameTaken() })
}
