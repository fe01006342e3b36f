import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { branchFor, notFound } from './refusals.ts'

const COLUMNS = ['id', 'branch_id', 'name', 'is_active'] as const
const duplicate = () => fieldError('conflict', 'name', 'schedule.chair_name_taken')

/** The clinic's chairs (of one branch if given), by branch and name. */
export function listChairs(tx: Tx, branchId?: string) {
  let query = tx.selectFrom('chairs').select(COLUMNS).orderBy('branch_id').orderBy('name')
  if (branchId) query = query.where('branch_id', '=', branchId)
  return query.execute()
}

/** Adds a chair to a branch (the clinic's first branch unless one is named). */
export async function createChair(
  tx: Tx,
  session: Session,
  input: { branchId?: string | undefined; name: string },
) {
  const branchId = await branchFor(tx, input.branchId)
  return mapDatabaseErrors(
    tx
      .insertInto('chairs')
      .values({ clinic_id: session.clinicId, branch_id: branchId, name: input.name })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23505': duplicate() },
  )
}

/** Renames a chair or takes it out of (or back into) use. */
export async function updateChair(
  tx: Tx,
  id: string,
  input: { name?: string | undefined; isActive?: boolean | undefined },
) {
  const chair = await mapDatabaseErrors(
    tx
      .updateTable('chairs')
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.isActive === undefined ? {} : { is_active: input.isActive }),
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst(),
    { '23505': duplicate() },
  )
  if (!chair) throw notFound('schedule.chair_not_found')
  return chair
}

export const presentChair = (chair: Awaited<ReturnType<typeof listChairs>>[number]) => ({
  id: chair.id,
  branchId: chair.branch_id,
  name: chair.name,
  isActive: chair.is_active,
})
