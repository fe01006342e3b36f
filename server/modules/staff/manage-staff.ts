import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { authorize, PRIVILEGED_ROLES } from '../access/index.ts'
import { recordEvent } from '../audit/record.ts'

export interface StaffChange {
  role?: Role | undefined
  registrationNumber?: string | null | undefined
  registrationCouncil?: string | null | undefined
}

/**
 * Changes a member's role or doctor registration. A role change ends their
 * sessions in this clinic, so the new limits apply from their next sign-in;
 * the policies read the role afresh on every request in any case.
 */
export async function changeStaff(
  tx: Tx,
  session: Session,
  membershipId: string,
  change: StaffChange,
  now: Date,
) {
  authorize(session, 'staff.manage')
  const member = await findMember(tx, membershipId)
  guardPrivileged(session, member.role, change.role)
  if (change.role && member.user_id === session.userId) {
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
    })
    .where('id', '=', membershipId)
    .returningAll()
    .executeTakeFirst()
  if (!updated) throw new AppError('forbidden', 'access.role')
  if (change.role && change.role !== member.role) {
    await endSessions(tx, member.user_id, now)
    await recordEvent(tx, 'staff.role_changed', {
      membershipId,
      from: member.role,
      to: change.role,
    })
  }
  return updated
}

/** Deactivates a member: their sessions end and they can no longer sign in to this clinic. */
export async function deactivateStaff(tx: Tx, session: Session, membershipId: string, now: Date) {
  authorize(session, 'staff.manage')
  const member = await findMember(tx, membershipId)
  guardPrivileged(session, member.role, undefined)
  if (member.user_id === session.userId) throw new AppError('forbidden', 'staff.deactivate_self')
  if (member.role === 'owner') await guardLastOwner(tx)
  const updated = await tx
    .updateTable('memberships')
    .set({ deactivated_at: now })
    .where('id', '=', membershipId)
    .where('deactivated_at', 'is', null)
    .returningAll()
    .executeTakeFirst()
  if (!updated) throw new AppError('conflict', 'staff.already_deactivated')
  await endSessions(tx, member.user_id, now)
  await recordEvent(tx, 'staff.deactivated', { membershipId })
  return updated
}

async function findMember(tx: Tx, membershipId: string) {
  const member = await tx
    .selectFrom('memberships')
    .select(['id', 'user_id', 'role', 'deactivated_at'])
    .where('id', '=', membershipId)
    .executeTakeFirst()
  if (!member) throw new AppError('not_found', 'staff.not_found')
  return member
}

function guardPrivileged(session: Session, currentRole: Role, newRole: Role | undefined) {
  if (PRIVILEGED_ROLES.includes(currentRole) || (newRole && PRIVILEGED_ROLES.includes(newRole))) {
    authorize(session, 'staff.grant_privileged')
  }
}

async function guardLastOwner(tx: Tx) {
  const owners = await tx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'owner')
    .where('deactivated_at', 'is', null)
    .executeTakeFirstOrThrow()
  if (Number(owners.count) <= 1) {
    throw new AppError('conflict', 'staff.last_owner')
  }
}

async function endSessions(tx: Tx, userId: string, now: Date) {
  await tx
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute()
}
