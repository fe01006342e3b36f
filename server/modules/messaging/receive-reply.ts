import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { parseIndianMobile } from '../../../shared/format/phone.ts'
import { isOptOutReply } from '../../../shared/messaging/index.ts'
import type { Database } from '../../db/schema.ts'
import { type Tx, withClinicAsSystem } from '../../db/with-clinic.ts'
import { enqueue, type JobQueue, QUEUES } from '../../jobs/index.ts'
import { contactKeyOf, contactKeysOf } from '../../lib/crypto/contact-key.ts'
import { type ClinicCipher, clinicCipher, type Keyring } from '../clinic-keys/index.ts'
import { withdrawWhatsAppByReply } from '../consent/index.ts'

/** A message a patient sent, as a provider's webhook gives it (normalised). */
export interface InboundEvent {
  provider: 'meta' | 'interakt' | 'wati'
  providerMessageId: string
  /** The sender's number as the provider gives it (e.g. 919876543210). */
  from: string
  at: Date
  text?: string | undefined
  /** The provider's id of our message this one answers, when the patient used "reply". */
  contextId?: string | undefined
}

export type InboundOutcome = 'recorded' | 'opted_out' | 'duplicate' | 'unknown'

export interface ReceiverServices {
  db: Kysely<Database>
  jobs: JobQueue
  keyring: Keyring
  clock: () => Date
}

/**
 * What the system may do for a clinic while taking in a reply: read the patient and their
 * consent, record the message, withdraw WhatsApp consent on a STOP (messaging.receive, held by
 * no role) and plan the one answer to it.
 */
const RECEIVER_CAPABILITIES = ['patient.read', 'messaging.send', 'messaging.receive']

/**
 * Takes in one message from a patient (issue #14 item 3): it joins the conversation of the clinic
 * that wrote to that number (messaging_clinic_for_reply: the message it answers, else the clinic
 * that last wrote), on the patient that clinic last wrote to. The same webhook delivered twice is
 * one message (its provider id is its idempotency key). A STOP withdraws WhatsApp consent for
 * every patient of that clinic with that number (a family often shares one phone) and is answered
 * once. A number no clinic has written to is ignored, and only counted in the log.
 */
export async function receiveReply(
  services: ReceiverServices,
  event: InboundEvent,
  from: { clinicId?: string | undefined } = {},
): Promise<InboundOutcome> {
  const mobile = parseIndianMobile(event.from)
  if (!mobile) return 'unknown'
  const keys = contactKeysOf(services.keyring.all, mobile)
  // A webhook to a clinic's own address is that clinic's; the shared sender's is routed by the
  // messages the shared sender sent.
  const clinicId = from.clinicId ?? (await clinicForReply(services.db, event, keys))
  if (!clinicId) return 'unknown'
  const now = services.clock()
  // The patient's own time opens the 24-hour window. WhatsApp gives whole seconds: taken as the
  // end of that second (so a reply sorts after our message of the same second), never ahead of ours.
  const endOfSecond = new Date(event.at.getTime() + 999)
  const at = endOfSecond < now ? endOfSecond : now
  return withClinicAsSystem(
    services.db,
    { clinicId, capabilities: RECEIVER_CAPABILITIES, now },
    async (tx) => {
      // The patient of the message answered, else of the last one sent to this number.
      const thread = await tx
        .selectFrom('messages')
        .select('patient_id')
        .where('contact_key', 'in', keys)
        .where('direction', '=', 'out')
        .orderBy((eb) =>
          eb
            .case()
            .when('provider_message_id', '=', event.contextId ?? '')
            .then(0)
            .else(1)
            .end(),
        )
        .orderBy(sql`COALESCE(sent_at, attempt_started_at, created_at)`, 'desc')
        .limit(1)
        .executeTakeFirst()
      if (!thread) return 'unknown'
      const cipher = await clinicCipher(tx, services.keyring, clinicId)
      const isStop = event.text !== undefined && isOptOutReply(event.text)
      const inserted = await insertInbound(tx, cipher, {
        clinicId,
        patientId: thread.patient_id,
        event: { ...event, at },
        kind: isStop ? 'opt_out' : 'inbound',
        contactKey: contactKeyOf(services.keyring.current, mobile),
      })
      if (!inserted) return 'duplicate'
      if (!isStop) return 'recorded'
      await optOut(tx, { clinicId, patientId: thread.patient_id, mobile, cipher, now })
      const answer = await planOptOutAnswer(tx, {
        patientId: thread.patient_id,
        inboundId: inserted,
        now,
      })
      if (answer) {
        await enqueue(tx, services.jobs, QUEUES.message, { clinicId, messageId: answer })
      }
      return 'opted_out'
    },
  )
}

async function clinicForReply(
  db: Kysely<Database>,
  event: InboundEvent,
  keys: readonly string[],
): Promise<string | undefined> {
  const { rows } = await sql<{ clinic_id: string | null }>`
    SELECT messaging_clinic_for_reply(${event.provider}, ${keys}::text[], ${event.contextId ?? null})
      AS clinic_id`.execute(db)
  return rows[0]?.clinic_id ?? undefined
}

/** The patient's message as a `messages` row (direction 'in') with its sealed text; the row's id,
 * or undefined if this provider message was already recorded. */
async function insertInbound(
  tx: Tx,
  cipher: ClinicCipher,
  input: {
    clinicId: string
    patientId: string
    event: InboundEvent
    kind: 'inbound' | 'opt_out'
    contactKey: string
  },
): Promise<string | undefined> {
  const { event } = input
  const row = await tx
    .insertInto('messages')
    .values({
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      kind: input.kind,
      direction: 'in',
      channel: 'whatsapp',
      idempotency_key: `in:${event.provider}:${event.providerMessageId}`.slice(0, 200),
      due_at: event.at,
      sent_at: event.at,
      status: 'received',
      provider: event.provider,
      provider_message_id: event.providerMessageId,
      contact_key: input.contactKey,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!row) return undefined
  if (event.text) {
    await tx
      .insertInto('message_bodies')
      .values({
        clinic_id: input.clinicId,
        message_id: row.id,
        body_cipher: cipher.encrypt('messages.body', event.text),
      })
      .execute()
  }
  return row.id
}

/** Withdraws WhatsApp consent for the thread's patient and everyone in the clinic on that number. */
async function optOut(
  tx: Tx,
  input: { clinicId: string; patientId: string; mobile: string; cipher: ClinicCipher; now: Date },
) {
  const sharing = await tx
    .selectFrom('patients')
    .select('id')
    .where('phone_index', '=', input.cipher.index('patients.phone', `+91${input.mobile}`))
    .where('merged_into_id', 'is', null)
    .execute()
  const patientIds = new Set([input.patientId, ...sharing.map((row) => row.id)])
  for (const patientId of patientIds) {
    await withdrawWhatsAppByReply(tx, { clinicId: input.clinicId, patientId, now: input.now })
  }
}

/** The one answer to a STOP: keyed by the STOP itself, so a redelivered webhook adds nothing. */
async function planOptOutAnswer(
  tx: Tx,
  input: { patientId: string; inboundId: string; now: Date },
): Promise<string | undefined> {
  const row = await tx
    .insertInto('messages')
    .values({
      clinic_id: sql<string>`NULLIF(current_setting('app.clinic_id', true), '')::uuid`,
      patient_id: input.patientId,
      kind: 'opt_out_confirmation',
      channel: 'whatsapp',
      idempotency_key: `opt-out:${input.inboundId}`,
      due_at: input.now,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id
}
