import type { ChangeStaff } from '../../../shared/contracts/staff.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { recordEvent } from '../audit/index.ts'
import { guardLastOwner, guardPrivileged } from './guards.ts'
import { endSessionsOf, findMembership } from './queries.ts'

/**
 * Changes a member's role or prescriber details (qualification, council, registration
 * number). A role change ends their sessions in this clinic, so the new limits apply from
 * their next sign-in; the policies read the role afresh on every request in any case.
 */
export async function changeStaff(
  tx: Tx,
  actor: Session,
  membershipId: string,
  change: ChangeStaff,
  now: Date,
) {
  const member = await findMembership(tx, membershipId)
  guardPrivileged(actor, member.role, change.role)
  if (change.role && member.user_id === actor.userId) {
    throw new AppError('forbidden', 'staff.own_role')
  }
  if (change.role && member.role === 'owner' && change.role !== 'owner') await guardLastOwner(tx)
  const updated = await tx
    .updateTable('memberships')
    .set({
      ...(change.role ? { role: change.role } : {}),
      ...(change.registrationNumber !== undefined
        ? { registration_number: change.registrationNumber }
        : {}),
      ...(change.registrationCouncil !== undefined
        ? { registration_council: change.registrationCouncil }
        : {}),
      ...(change.qualification !== undefined ? { qualification: change.qualification } : {}),
    })
    .where('id', '=', membershipId)
    .returning('id')
    .executeTakeFirst()
  if (!updated) throw new AppError('forbidden', 'access.role')
  if (change.role && change.role !== member.role) {
    await endSessionsOf(tx, member.user_id, now)
    await recordEvent(tx, 'staff.role_changed', {
      membershipId,
      from: member.role,
      to: change.role,
    })
  }
  return updated
}
