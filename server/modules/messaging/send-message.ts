import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { parseIndianMobile } from '../../../shared/format/phone.ts'
import {
  emailSubject,
  firstSendableInstant,
  type MessageLanguage,
} from '../../../shared/messaging/index.ts'
import type { WhatsAppEndpoints } from '../../config.ts'
import type { Database, MessageSkipReason } from '../../db/schema.ts'
import { type Tx, withClinicAsSystem } from '../../db/with-clinic.ts'
import {
  enqueue,
  type JobHandler,
  type JobQueue,
  PermanentJobError,
  QUEUES,
} from '../../jobs/index.ts'
import { contactKeyOf } from '../../lib/crypto/contact-key.ts'
import type { EmailProvider } from '../../lib/email/email-provider.ts'
import type { SmsProvider } from '../../lib/sms/sms-provider.ts'
import { ProviderError, type WhatsAppProvider } from '../../lib/whatsapp/provider.ts'
import { clinicCipher, type Keyring } from '../clinic-keys/index.ts'
import { callbackDataOf } from './callback-data.ts'
import { clinicProviderCredentials, providerFor } from './clinic-provider.ts'
import { composeMessage, isConversationKind } from './compose-message.ts'
import { type Attempt, deliver, providerKind } from './deliver.ts'
import { linkDocument } from './document-link.ts'
import { messagingSettings } from './settings.ts'

/** What the worker may do for a clinic while sending: read the patient and the visit, send. */
const SENDER_CAPABILITIES = [
  'patient.read',
  'schedule.read',
  'schedule.all_doctors',
  // A payment reminder states the invoice's balance as it is at send time.
  'billing.read',
  'messaging.send',
]

/**
 * How long an attempt whose outcome is unknown (the worker died, or the provider did not answer)
 * waits for the provider's status webhook before it is tried again (ADR 0025). A webhook that
 * arrives in this window marks the message sent, and the retry then finds nothing to do.
 */
export const RECONCILE_AFTER_MS = 10 * 60_000

/** Where documents are linked from without PUBLIC_URL: only a local outbox can use it. */
const LOCAL_URL = 'http://localhost:3000'

export interface SenderServices {
  db: Kysely<Database>
  jobs: JobQueue
  keyring: Keyring
  /** The platform's shared sender, for clinics without their own account. */
  whatsapp: WhatsAppProvider
  /** Where a clinic's own account is reached (its credentials are in messaging_providers). */
  whatsappEndpoints: WhatsAppEndpoints
  sms: SmsProvider
  email: EmailProvider
  clock: () => Date
  /** The address providers fetch documents from (PUBLIC_URL, else the app's local address). */
  publicUrl?: string | undefined
  /** RECONCILE_AFTER_MS unless a test shortens it (the crash test). */
  reconcileAfterMs?: number
}

/** The worker's handler for the `message` queue: job data is `{ clinicId, messageId }`. */
export function messageJobHandler(services: SenderServices): JobHandler {
  return async (data) => {
    const { clinicId, messageId } = jobIds(data)
    const now = services.clock()
    const inClinic = <T>(work: (tx: Tx) => Promise<T>) =>
      withClinicAsSystem(services.db, { clinicId, capabilities: SENDER_CAPABILITIES, now }, work)
    const prepared = await inClinic((tx) => prepareAttempt(tx, services, clinicId, messageId, now))
    if (!prepared) return
    let providerMessageId: string
    try {
      ;({ providerMessageId } = await deliver(
        { ...services, whatsapp: prepared.whatsapp },
        prepared.attempt,
      ))
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error
      await inClinic((tx) => recordFailure(tx, messageId, error, services.clock()))
      if (!error.retryable)
        throw new PermanentJobError(`the provider refused the message (${error.code})`)
      throw error
    }
    await inClinic((tx) =>
      tx
        .updateTable('messages')
        .set({
          status: 'sent',
          provider_message_id: providerMessageId,
          sent_at: services.clock(),
          error_code: null,
        })
        // A status webhook may have come first (delivered, read): it is not undone.
        .where('id', '=', messageId)
        .where('status', '=', 'sending')
        .execute(),
    )
  }
}

function jobIds(data: unknown): { clinicId: string; messageId: string } {
  const { clinicId, messageId } = (data ?? {}) as Record<string, unknown>
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
  if (
    typeof clinicId !== 'string' ||
    typeof messageId !== 'string' ||
    !uuid.test(clinicId) ||
    !uuid.test(messageId)
  ) {
    throw new PermanentJobError('a message job needs a clinicId and a messageId')
  }
  return { clinicId, messageId }
}

/**
 * Checks everything again at send time (the settings, the number, then the message's own rules:
 * the appointment and consent, or the 24-hour window; quiet hours for business-initiated ones),
 * then records the attempt and commits it before the provider is called: after a crash, the row
 * says an attempt may have gone out, and the retry waits for the provider's word (ADR 0025).
 * Returns the message to send, or undefined when there is nothing to send.
 */
async function prepareAttempt(
  tx: Tx,
  services: SenderServices,
  clinicId: string,
  messageId: string,
  now: Date,
): Promise<{ attempt: Attempt; whatsapp: WhatsAppProvider } | undefined> {
  const message = await tx
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', messageId)
    .forUpdate()
    .executeTakeFirst()
  // Gone (retention), already settled, or a patient's own message: a repeated job is harmless.
  if (!message || (message.status !== 'queued' && message.status !== 'sending')) return undefined
  if (message.status === 'sending' && message.attempt_started_at) {
    const waited = now.getTime() - new Date(message.attempt_started_at).getTime()
    // The last attempt may have reached the patient: wait for the provider's status webhook.
    if (waited < (services.reconcileAfterMs ?? RECONCILE_AFTER_MS))
      throw new AttemptOutcomeUnknown()
    // Wati's webhooks carry no callback data of ours, so silence proves nothing: a person checks
    // (the message is failed and its job dead-lettered) rather than the patient getting it twice.
    // So too when the clinic's own account it went through is gone or replaced by another
    // provider's: that account's statuses no longer reach us (ADR 0026).
    if (message.provider === 'wati' || (await accountChanged(tx, services, clinicId, message))) {
      await tx
        .updateTable('messages')
        .set({ status: 'failed', error_code: 'unknown_outcome', failed_at: now })
        .where('id', '=', messageId)
        .execute()
      return undefined
    }
  }
  const skip = (reason: MessageSkipReason) =>
    tx
      .updateTable('messages')
      .set({ status: 'skipped', skip_reason: reason })
      .where('id', '=', messageId)
      .execute()

  const settings = await messagingSettings(tx)
  const channel = message.channel
  // The answer to a STOP goes out whatever the mode: the patient asked and is owed a reply. A
  // clinic sending WhatsApp from its own phone (click_to_chat) still sends SMS and email.
  const isOff = settings.mode === 'off' || (channel === 'whatsapp' && settings.mode !== 'whatsapp')
  if (isOff && message.kind !== 'opt_out_confirmation') return void (await skip('messaging_off'))
  const clinic = await tx
    .selectFrom('clinics')
    .select(['name', 'time_zone'])
    .executeTakeFirstOrThrow()
  const patient = await tx
    .selectFrom('patients')
    .select(['full_name', 'phone_cipher', 'email_cipher', 'preferred_language'])
    .where('id', '=', message.patient_id)
    .executeTakeFirstOrThrow()
  const cipher = await clinicCipher(tx, services.keyring, clinicId)
  const email = patient.email_cipher
    ? cipher.decrypt('patients.email', Buffer.from(patient.email_cipher))
    : ''
  if (channel === 'email' && !email.includes('@')) return void (await skip('no_email'))
  const phone = patient.phone_cipher
    ? cipher.decrypt('patients.phone', Buffer.from(patient.phone_cipher))
    : ''
  const mobile = parseIndianMobile(phone) ?? ''
  if (channel !== 'email' && !mobile) return void (await skip('no_mobile'))

  const language: MessageLanguage = patient.preferred_language === 'hi' ? 'hi' : 'en'
  const recipient = { patientName: patient.full_name, language }
  const isConversation = isConversationKind(message.kind)
  const composed = await composeMessage(tx, message, {
    clinicName: clinic.name,
    timeZone: clinic.time_zone,
    recipient,
    now,
    cipher,
  })
  if (!composed.ok) return void (await skip(composed.skip))
  // Held past quiet hours if the job ran late into them (a retry, a worker that was down).
  const sendable = composed.heldByQuietHours
    ? firstSendableInstant(now, settings.quietHours, clinic.time_zone)
    : now
  if (sendable > now) {
    await tx.updateTable('messages').set({ due_at: sendable }).where('id', '=', messageId).execute()
    await enqueue(
      tx,
      services.jobs,
      QUEUES.message,
      { clinicId, messageId },
      { startAfter: sendable },
    )
    return undefined
  }
  // The clinic's own account when it connected one (Settings → Messaging), else the shared sender.
  const own = channel === 'whatsapp' ? await clinicProviderCredentials(tx, cipher) : undefined
  const whatsapp = own ? providerFor(own, services.whatsappEndpoints) : services.whatsapp
  await tx
    .updateTable('messages')
    .set({
      status: 'sending',
      attempts: sql`attempts + 1`,
      attempt_started_at: now,
      language,
      provider: providerKind({ ...services, whatsapp }, channel),
      sent_by_clinic_provider: own !== undefined,
      // How the patient's WhatsApp reply will find this clinic (server/lib/crypto/contact-key.ts).
      contact_key: channel === 'whatsapp' ? contactKeyOf(services.keyring.current, mobile) : null,
    })
    .where('id', '=', messageId)
    .execute()
  // The text as sent, sealed; a later attempt (after an unknown outcome) writes it again. A
  // staff reply's text was sealed when it was written and stays.
  if (message.kind !== 'reply') {
    const bodyCipher = cipher.encrypt('messages.body', composed.text)
    await tx.deleteFrom('message_bodies').where('message_id', '=', messageId).execute()
    await tx
      .insertInto('message_bodies')
      .values({ clinic_id: clinicId, message_id: messageId, body_cipher: bodyCipher })
      .execute()
  }
  // A document's PDF: a fresh link for the provider to fetch it from (never in the sealed text).
  const document = composed.filename
    ? await linkDocument(tx, {
        messageId,
        filename: composed.filename,
        now,
        baseUrl: services.publicUrl ?? LOCAL_URL,
      })
    : undefined
  const attemptOf = (): Attempt => {
    const callbackData = callbackDataOf(clinicId, messageId)
    if (channel === 'sms')
      return { kind: 'sms', message: { to: mobile, text: composed.text, callbackData } }
    if (channel === 'email' && !isConversationKind(message.kind)) {
      return {
        kind: 'email',
        message: {
          to: email,
          subject: emailSubject(message.kind, language, clinic.name),
          text: document ? `${composed.text}\n\n${document.url}` : composed.text,
          clinicId,
        },
      }
    }
    if (isConversation)
      return { kind: 'text', message: { to: mobile, text: composed.text, callbackData } }
    return {
      kind: 'template',
      message: {
        to: mobile,
        templateName: composed.templateName,
        language,
        parameters: composed.parameters,
        text: composed.text,
        callbackData,
        document,
      },
    }
  }
  return { attempt: attemptOf(), whatsapp }
}

async function accountChanged(
  tx: Tx,
  services: SenderServices,
  clinicId: string,
  message: { sent_by_clinic_provider: boolean; provider: string | null },
): Promise<boolean> {
  if (!message.sent_by_clinic_provider) return false
  const own = await clinicProviderCredentials(
    tx,
    await clinicCipher(tx, services.keyring, clinicId),
  )
  return own?.provider !== message.provider
}

/** Thrown to retry later: the previous attempt's outcome is not known yet. */
class AttemptOutcomeUnknown extends Error {
  override name = 'AttemptOutcomeUnknown'
}

/**
 * A failed send: a refusal (4xx) fails the message for good; a timeout or 5xx puts it back in
 * the queue for the retry, unless the provider may have accepted it (no answer), in which case
 * it stays `sending` and the retry waits for the status webhook first.
 */
async function recordFailure(tx: Tx, messageId: string, error: ProviderError, now: Date) {
  const settled = !error.retryable
  await tx
    .updateTable('messages')
    .set({
      status: settled ? 'failed' : error.outcomeUnknown ? 'sending' : 'queued',
      error_code: error.code.slice(0, 60),
      ...(settled ? { failed_at: now } : {}),
    })
    .where('id', '=', messageId)
    .where('status', '=', 'sending')
    .execute()
}
