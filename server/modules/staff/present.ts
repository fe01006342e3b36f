import type { Invitation, InvitationStatus, StaffMember } from '../../../shared/contracts/staff.ts'
import type { Invitation as InvitationRecord, Membership } from '../../db/schema.ts'

type MemberRow = Pick<
  Membership,
  | 'id'
  | 'user_id'
  | 'role'
  | 'registration_number'
  | 'registration_council'
  | 'qualification'
  | 'deactivated_at'
  | 'created_at'
> & { email: string; full_name: string }

/** Every field a staff member response carries. */
export function presentMember(row: MemberRow): StaffMember {
  return {
    id: row.id,
    userId: row.user_id,
    fullName: row.full_name,
    email: row.email,
    role: row.role,
    qualification: row.qualification,
    registrationNumber: row.registration_number,
    registrationCouncil: row.registration_council,
    isActive: row.deactivated_at === null,
    joinedAt: new Date(row.created_at).toISOString(),
  }
}

type InvitationRow = Pick<InvitationRecord, 'id' | 'email' | 'role' | 'created_at' | 'expires_at'> &
  Partial<Pick<InvitationRecord, 'accepted_at' | 'revoked_at'>>

/** Every field an invitation response carries; the status follows the clock. */
export function presentInvitation(row: InvitationRow, now: Date): Invitation {
  const status: InvitationStatus = row.accepted_at
    ? 'accepted'
    : row.revoked_at
      ? 'revoked'
      : new Date(row.expires_at) <= now
        ? 'expired'
        : 'pending'
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status,
    sentAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  }
}
