import type { ClickToChatDraft } from '../../../shared/contracts/messaging.ts'
import { parseIndianMobile } from '../../../shared/format/phone.ts'
import { clickToChatLink, type MessageKind } from '../../../shared/messaging/index.ts'
import { dayBoundsUtc, utcToZonedParts } from '../../../shared/scheduling/clinic-time.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { recordRead } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { composeAppointmentMessage } from './compose-appointment-message.ts'
import { composeReminderMessage } from './compose-reminder-message.ts'

const MAX_DRAFTS = 200

const DRAFT_COLUMNS = [
  'id',
  'patient_id',
  'appointment_id',
  'recall_rule_id',
  'invoice_id',
  'kind',
  'due_at',
] as const

interface DraftRow {
  id: string
  patient_id: string
  appointment_id: string | null
  recall_rule_id: string | null
  invoice_id: string | null
  kind: MessageKind
  due_at: Date
}

/**
 * Today's click-to-chat drafts (issue #14 item 6): the messages the server would have sent, for a
 * clinic that sends from its own WhatsApp, due by the end of the clinic's day, oldest first, each
 * with its text in the patient's language and a wa.me link. Checked as the worker checks at send
 * time: a visit that moved, was cancelled or has begun, a withdrawn consent or a number that is
 * not an Indian mobile leaves the draft out. Numbers and texts are personal data: the list is
 * recorded as a read.
 */
export async function clickToChatDrafts(
  tx: Tx,
  cipher: ClinicCipher,
  now: Date,
): Promise<ClickToChatDraft[]> {
  const clinic = await tx
    .selectFrom('clinics')
    .select(['name', 'time_zone'])
    .executeTakeFirstOrThrow()
  const { end } = dayBoundsUtc(utcToZonedParts(now, clinic.time_zone).date, clinic.time_zone)
  const rows = await tx
    .selectFrom('messages')
    .select(DRAFT_COLUMNS)
    .where('provider', '=', 'click_to_chat')
    .where('status', '=', 'queued')
    .where('direction', '=', 'out')
    .where('due_at', '<', end)
    .orderBy('due_at')
    .orderBy('id')
    .limit(MAX_DRAFTS)
    .execute()
  const drafts: ClickToChatDraft[] = []
  for (const row of rows as DraftRow[]) {
    const draft = await draftOf(tx, cipher, row, { clinic, now })
    if (!draft) continue
    drafts.push(draft)
    await recordRead(tx, {
      table: 'messages',
      rowId: row.id,
      patientId: row.patient_id,
      details: { view: 'click_to_chat' },
    })
  }
  return drafts
}

/** Marks a draft sent from the clinic's phone, keeping the text as drafted (sealed). */
export async function markDraftSent(
  tx: Tx,
  cipher: ClinicCipher,
  input: { clinicId: string; messageId: string; now: Date },
): Promise<void> {
  const row = await tx
    .selectFrom('messages')
    .select([...DRAFT_COLUMNS, 'status'])
    .where('id', '=', input.messageId)
    .where('provider', '=', 'click_to_chat')
    .where('direction', '=', 'out')
    .forUpdate()
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'messaging.draft_not_found')
  // Marked twice (two people at the desk, a double tap): the first mark stands.
  if (row.status === 'sent') return
  if (row.status !== 'queued') throw new AppError('conflict', 'messaging.draft_not_sendable')
  const clinic = await tx
    .selectFrom('clinics')
    .select(['name', 'time_zone'])
    .executeTakeFirstOrThrow()
  const draft = await draftOf(tx, cipher, row as DraftRow, { clinic, now: input.now })
  if (!draft) throw new AppError('conflict', 'messaging.draft_not_sendable')
  await tx
    .updateTable('messages')
    .set({ status: 'sent', sent_at: input.now, language: draft.language, attempts: 1 })
    .where('id', '=', row.id)
    .execute()
  await tx
    .insertInto('message_bodies')
    .values({
      clinic_id: input.clinicId,
      message_id: row.id,
      body_cipher: cipher.encrypt('messages.body', draft.text),
    })
    .execute()
}

async function draftOf(
  tx: Tx,
  cipher: ClinicCipher,
  row: DraftRow,
  context: { clinic: { name: string; time_zone: string }; now: Date },
): Promise<ClickToChatDraft | undefined> {
  const patient = await tx
    .selectFrom('patients')
    .select(['full_name', 'phone_cipher', 'preferred_language'])
    .where('id', '=', row.patient_id)
    .executeTakeFirst()
  if (!patient) return undefined
  const phone = patient.phone_cipher
    ? cipher.decrypt('patients.phone', Buffer.from(patient.phone_cipher))
    : ''
  const mobile = parseIndianMobile(phone)
  if (!mobile) return undefined
  const language = patient.preferred_language === 'hi' ? 'hi' : 'en'
  const recipient = { patientName: patient.full_name, language } as const
  const { kind } = row
  const composed =
    kind === 'recall_reminder' || kind === 'payment_reminder'
      ? await composeReminderMessage(
          tx,
          { ...row, kind, channel: 'whatsapp' },
          { clinicName: context.clinic.name, recipient, now: context.now },
        )
      : await composeAppointmentMessage(
          tx,
          { ...row, channel: 'whatsapp' },
          {
            clinicName: context.clinic.name,
            timeZone: context.clinic.time_zone,
            recipient,
            now: context.now,
          },
        )
  if (!composed.ok) return undefined
  return {
    messageId: row.id,
    patientId: row.patient_id,
    patientName: patient.full_name,
    kind: row.kind,
    dueAt: new Date(row.due_at).toISOString(),
    language,
    text: composed.text,
    link: clickToChatLink(mobile, composed.text),
  }
}
