import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { applyDeliveryEvent, type DeliveryStatus } from '../../../shared/messaging/index.ts'
import type { Database } from '../../db/schema.ts'
import { type Tx, withClinicAsSystem } from '../../db/with-clinic.ts'
import { parseCallbackData } from './callback-data.ts'

export interface DeliveryEvent {
  provider: 'meta' | 'interakt' | 'wati'
  providerMessageId: string
  status: Exclude<DeliveryStatus, 'queued'>
  at: Date
  callbackData?: string | undefined
  errorCode?: number | undefined
}

export type DeliveryOutcome = 'updated' | 'unchanged' | 'unknown'

const WEBHOOK_CAPABILITIES = ['messaging.send']

/**
 * Applies one status webhook to its message, in any order and any number of times
 * (applyDeliveryEvent: the status only moves forward). A message still `sending` (the worker
 * never learned the provider's answer: a crash, a timeout) is settled by it: this is the
 * reconciliation of ADR 0025, after which a retry finds nothing to send. The message is found by
 * our callback data, or else by the provider's message id. A webhook that came to a clinic's own
 * address (`clinicId`, its own provider account) touches only that clinic's messages.
 */
export async function recordDelivery(
  db: Kysely<Database>,
  event: DeliveryEvent,
  from: { clinicId?: string | undefined } = {},
): Promise<DeliveryOutcome> {
  const fromCallback = parseCallbackData(event.callbackData)
  if (from.clinicId && fromCallback && fromCallback.clinicId !== from.clinicId) return 'unknown'
  const clinicId = from.clinicId ?? fromCallback?.clinicId ?? (await clinicOf(db, event))
  if (!clinicId) return 'unknown'
  return withClinicAsSystem(
    db,
    { clinicId, capabilities: WEBHOOK_CAPABILITIES, now: event.at },
    (tx) => apply(tx, event, fromCallback?.messageId),
  )
}

async function clinicOf(db: Kysely<Database>, event: DeliveryEvent): Promise<string | undefined> {
  const { rows } = await sql<{ clinic_id: string | null }>`
    SELECT messaging_clinic_of(${event.provider}, ${event.providerMessageId}) AS clinic_id`.execute(
    db,
  )
  return rows[0]?.clinic_id ?? undefined
}

async function apply(
  tx: Tx,
  event: DeliveryEvent,
  messageId: string | undefined,
): Promise<DeliveryOutcome> {
  const row = await tx
    .selectFrom('messages')
    .select(['id', 'status', 'provider', 'provider_message_id'])
    .where((eb) =>
      messageId
        ? eb('id', '=', messageId)
        : eb.and([
            eb('provider', '=', event.provider),
            eb('provider_message_id', '=', event.providerMessageId),
          ]),
    )
    .forUpdate()
    .executeTakeFirst()
  if (!row) return 'unknown'
  // Another message's id with our callback data, or a status for a message never attempted.
  if (row.provider_message_id !== null && row.provider_message_id !== event.providerMessageId)
    return 'unknown'
  if (
    row.status !== 'sending' &&
    row.status !== 'sent' &&
    row.status !== 'failed' &&
    row.status !== 'delivered' &&
    row.status !== 'read'
  ) {
    return 'unchanged'
  }
  const current: DeliveryStatus = row.status === 'sending' ? 'queued' : row.status
  const { status, changed } = applyDeliveryEvent(current, event.status)
  if (!changed) return 'unchanged'
  await tx
    .updateTable('messages')
    .set({
      status,
      provider_message_id: event.providerMessageId,
      provider: event.provider,
      // Reaching the phone means it was sent, whichever webhook said so first.
      sent_at: sql`COALESCE(sent_at, ${event.at})`,
      ...(status === 'delivered' || status === 'read'
        ? { delivered_at: sql`COALESCE(delivered_at, ${event.at})` }
        : {}),
      ...(status === 'read' ? { read_at: event.at } : {}),
      ...(status === 'failed'
        ? {
            failed_at: event.at,
            error_code: event.errorCode === undefined ? null : String(event.errorCode),
          }
        : {}),
    })
    .where('id', '=', row.id)
    .execute()
  return 'updated'
}
