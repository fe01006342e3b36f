import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue } from '../../http/errors.ts'
import { createToken } from '../../lib/tokens.ts'
import { authorize, PRIVILEGED_ROLES } from '../access/index.ts'
import { recordEvent } from '../audit/record.ts'

/** Invitations expire after 48 hours (PRODUCT.md, "Identity and access"). */
export const INVITATION_HOURS = 48

export interface InviteInput {
  email: string
  role: Role
  registrationNumber?: string | null | undefined
  registrationCouncil?: string | null | undefined
}

/** Records an invitation and returns the one-time token for the email link. */
export async function inviteStaff(tx: Tx, session: Session, input: InviteInput, now: Date) {
  authorize(session, 'staff.manage')
  if (PRIVILEGED_ROLES.includes(input.role)) authorize(session, 'staff.grant_privileged')
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
      clinic_id: session.clinicId,
      email: input.email,
      role: input.role,
      registration_number: input.registrationNumber ?? null,
      registration_council: input.registrationCouncil ?? null,
      token_hash: token.hash,
      invited_by: session.userId,
      created_at: now,
      expires_at: new Date(now.getTime() + INVITATION_HOURS * 3_600_000),
    })
    .returning(['id', 'email', 'role', 'created_at', 'expires_at'])
    .executeTakeFirstOrThrow()
  await recordEvent(tx, 'staff.invited', { invitationId: invitation.id, role: input.role })
  return { invitation, token: token.token }
}
