import { randomUUID } from 'node:crypto'
import { parseIndianMobile } from '../../../shared/format/phone.ts'
import { isServiceWindowOpen } from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { enqueue, type JobQueue, QUEUES } from '../../jobs/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { isConsentGranted } from '../consent/index.ts'
import { findPatient } from '../patients/index.ts'
import { lastInboundAt } from './conversation-queries.ts'
import { messagingSettings } from './settings.ts'

/**
 * A free-text reply from the front desk, inside WhatsApp's 24-hour service window (india-domain
 * §7.5): queued like every message, its text sealed at once, and sent by the worker, which checks
 * the window and consent again at send time. Refused with a reason the screen can show when the
 * clinic does not send from the server, the window has closed, the patient withdrew WhatsApp
 * consent, or there is no number to write to. Returns the new message's id.
 */
export async function sendReply(
  tx: Tx,
  actor: Session,
  services: { jobs: JobQueue; cipher: ClinicCipher },
  input: { patientId: string; text: string; now: Date },
): Promise<string> {
  const patient = await findPatient(tx, input.patientId)
  if (!patient) throw new AppError('not_found', 'patient.not_found')
  if ((await messagingSettings(tx)).mode !== 'whatsapp') {
    throw new AppError('conflict', 'messaging.not_sending')
  }
  if (!isServiceWindowOpen(await lastInboundAt(tx, input.patientId), input.now)) {
    throw new AppError('conflict', 'messaging.window_closed')
  }
  if (!(await isConsentGranted(tx, input.patientId, 'channel.whatsapp'))) {
    throw new AppError('conflict', 'messaging.no_consent')
  }
  const phone = patient.phone_cipher
    ? services.cipher.decrypt('patients.phone', Buffer.from(patient.phone_cipher))
    : ''
  if (!parseIndianMobile(phone)) throw new AppError('conflict', 'messaging.no_mobile')
  const row = await tx
    .insertInto('messages')
    .values({
      clinic_id: actor.clinicId,
      patient_id: input.patientId,
      kind: 'reply',
      channel: 'whatsapp',
      idempotency_key: `reply:${randomUUID()}`,
      due_at: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx
    .insertInto('message_bodies')
    .values({
      clinic_id: actor.clinicId,
      message_id: row.id,
      body_cipher: services.cipher.encrypt('messages.body', input.text),
    })
    .execute()
  await enqueue(tx, services.jobs, QUEUES.message, { clinicId: actor.clinicId, messageId: row.id })
  return row.id
}
