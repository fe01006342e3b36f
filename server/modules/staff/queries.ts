import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'

/** Members of the current clinic with their names and emails, as presentMember() needs them. */
export function selectMembers(tx: Tx) {
  return tx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id',
      'memberships.user_id',
      'memberships.role',
      'memberships.registration_number',
      'memberships.registration_council',
      'memberships.qualification',
      'memberships.deactivated_at',
      'memberships.created_at',
      'users.email',
      'users.full_name',
    ])
}

export function findMemberWithUser(tx: Tx, membershipId: string) {
  return selectMembers(tx).where('memberships.id', '=', membershipId).executeTakeFirstOrThrow()
}

/** The newest invitations first (at most 200), with what presentInvitation() needs. */
export function findInvitations(tx: Tx) {
  return tx
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'created_at', 'expires_at', 'accepted_at', 'revoked_at'])
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute()
}

/** A membership in this clinic, or 404. */
export async function findMembership(tx: Tx, membershipId: string) {
  const member = await tx
    .selectFrom('memberships')
    .select(['id', 'user_id', 'role', 'deactivated_at'])
    .where('id', '=', membershipId)
    .executeTakeFirst()
  if (!member) throw new AppError('not_found', 'staff.not_found')
  return member
}

/** Ends a person's sessions in this clinic (RLS keeps other clinics' sessions out of reach). */
export async function endSessionsOf(tx: Tx, userId: string, now: Date) {
  await tx
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute()
}
