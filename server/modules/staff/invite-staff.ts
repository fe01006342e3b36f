import type { InviteStaff } from '../../../shared/contracts/staff.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue } from '../../http/errors.ts'
import { createToken } from '../../lib/tokens.ts'
import { recordEvent } from '../audit/index.ts'
import { guardPrivileged } from './guards.ts'

/** Invitations expire after 48 hours (PRODUCT.md, "Identity and access"). */
export const INVITATION_HOURS = 48

/**
 * Records an invitation and returns the one-time token for the email link. The route has
 * checked staff.manage; inviting an owner or admin also needs staff.grant_privileged.
 */
export async function inviteStaff(tx: Tx, actor: Session, input: InviteStaff, now: Date) {
  guardPrivileged(actor, input.role, undefined)
  const member = await tx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.deactivated_at'])
    .where('users.email', '=', input.email)
    .executeTakeFirst()
  if (member && member.deactivated_at === null) {
    throw new AppError('conflict', 'staff.already_member', {}, [
      issue('email', 'staff.email_is_member'),
    ])
  }
  const token = createToken()
  const invitation = await tx
    .insertInto('invitations')
    .values({
      clinic_id: actor.clinicId,
      email: input.email,
      role: input.role,
      registration_number: input.registrationNumber ?? null,
      registration_council: input.registrationCouncil ?? null,
      qualification: input.qualification ?? null,
      token_hash: token.hash,
      invited_by: actor.userId,
      created_at: now,
      expires_at: new Date(now.getTime() + INVITATION_HOURS * 3_600_000),
    })
    .returning(['id', 'email', 'role', 'created_at', 'expires_at'])
    .executeTakeFirstOrThrow()
  await recordEvent(tx, 'staff.invited', { invitationId: invitation.id, role: input.role })
  const inviter = await findInviter(tx, actor.userId)
  return { invitation, token: token.token, ...inviter }
}

/** The clinic's name and the inviter's, for the invitation email. */
async function findInviter(tx: Tx, userId: string) {
  const clinic = await tx.selectFrom('clinics').select('name').executeTakeFirstOrThrow()
  const inviter = await tx
    .selectFrom('users')
    .select('full_name')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  return { clinicName: clinic.name, inviterName: inviter.full_name }
}
