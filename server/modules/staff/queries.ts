import type { Tx } from '../../db/with-clinic.ts'

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
      'memberships.deactivated_at',
      'memberships.created_at',
      'users.email',
      'users.full_name',
    ])
}

export function findMemberWithUser(tx: Tx, membershipId: string) {
  return selectMembers(tx).where('memberships.id', '=', membershipId).executeTakeFirstOrThrow()
}
