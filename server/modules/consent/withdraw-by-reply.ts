import type { Tx } from '../../db/with-clinic.ts'
import { isConsentGranted } from './is-consent-granted.ts'
import { findConsentRecords, insertConsentRecord } from './queries.ts'

/**
 * A patient's STOP on WhatsApp, recorded in the consent ledger as a withdrawal of the WhatsApp
 * channel with no staff member behind it (capture channel `whatsapp_reply`): withdrawing must be
 * as easy as giving (DPDP Act s.6(4)), and WhatsApp's policy asks for an easy opt-out. The
 * database lets only the system receiving the reply write such a row, and only a withdrawal;
 * its trigger cancels the patient's queued WhatsApp messages. Runs as the system
 * (messaging.receive, patient.read). Returns false when there was nothing to withdraw.
 */
export async function withdrawWhatsAppByReply(
  tx: Tx,
  input: { clinicId: string; patientId: string; now: Date },
): Promise<boolean> {
  if (!(await isConsentGranted(tx, input.patientId, 'channel.whatsapp'))) return false
  const last = (await findConsentRecords(tx, input.patientId)).at(-1)
  if (!last) return false
  await insertConsentRecord(tx, {
    clinicId: input.clinicId,
    capturedBy: null,
    patientId: input.patientId,
    noticeId: last.notice_id,
    action: 'withdrawn',
    items: { 'channel.whatsapp': false },
    language: last.language,
    captureChannel: 'whatsapp_reply',
    givenBy: last.given_by,
    now: input.now,
  })
  return true
}
