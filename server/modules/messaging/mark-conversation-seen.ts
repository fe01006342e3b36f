import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { findPatient } from '../patients/index.ts'
import { lastInboundReceivedAt } from './conversation-queries.ts'

/**
 * The front desk has read the patient's messages so far: the unread count drops to zero. The mark
 * is when the newest message was received, not now, so one that arrives while the screen is open
 * still counts as unread. Receipt times, not the patient's (WhatsApp gives whole seconds, so two
 * messages can share one). It only moves forward.
 */
export async function markConversationSeen(tx: Tx, actor: Session, patientId: string) {
  if (!(await findPatient(tx, patientId))) throw new AppError('not_found', 'patient.not_found')
  const upTo = await lastInboundReceivedAt(tx, patientId)
  if (!upTo) return
  await sql`
    INSERT INTO message_threads (clinic_id, patient_id, seen_up_to, seen_by)
    VALUES (${actor.clinicId}, ${patientId}, ${upTo}, ${actor.userId})
    ON CONFLICT (clinic_id, patient_id) DO UPDATE
      SET seen_up_to = GREATEST(message_threads.seen_up_to, EXCLUDED.seen_up_to),
          seen_by = EXCLUDED.seen_by`.execute(tx)
}
