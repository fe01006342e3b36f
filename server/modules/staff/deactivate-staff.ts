import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { recordEvent } from '../audit/index.ts'
import { guardLastOwner, guardPrivileged } from './guards.ts'
import { endSessionsOf, findMembership } from './queries.ts'

/** Deactivates a member: their sessions end and they can no longer sign in to this clinic. */
export async function deactivateStaff(tx: Tx, actor: Session, membershipId: string, now: Date) {
  const member = await findMembership(tx, membershipId)
  guardPrivileged(actor, member.role, undefined)
  if (member.user_id === actor.userId) throw new AppError('forbidden', 'staff.deactivate_self')
  if (member.role === 'owner') await guardLastOwner(tx)
  const updated = await tx
    .updateTable('memberships')
    .set({ deactivated_at: now })
    .where('id', '=', membershipId)
    .where('deactivated_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  if (!updated) throw new AppError('conflict', 'staff.already_deactivated')
  await endSessionsOf(tx, member.user_id, now)
  await recordEvent(tx, 'staff.deactivated', { membershipId })
  return updated
}
