import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { recordEvent } from '../audit/index.ts'

/** Withdraws an invitation not yet accepted: its link stops working at once. */
export async function withdrawInvitation(tx: Tx, invitationId: string, now: Date) {
  const result = await tx
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) {
    throw new AppError('not_found', 'staff.invitation_not_found')
  }
  await recordEvent(tx, 'staff.invitation_revoked', { invitationId })
}
