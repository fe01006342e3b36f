import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

/** When we last received a message from the patient (what the front desk has seen up to). */
export async function lastInboundReceivedAt(tx: Tx, patientId: string): Promise<Date | null> {
  const row = await tx
    .selectFrom('messages')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .where('patient_id', '=', patientId)
    .where('direction', '=', 'in')
    .executeTakeFirst()
  return row?.at ? new Date(row.at) : null
}

/** When the patient last wrote (opens the 24-hour window), or null if never. */
export async function lastInboundAt(tx: Tx, patientId: string): Promise<Date | null> {
  const row = await tx
    .selectFrom('messages')
    .select((eb) => eb.fn.max('sent_at').as('at'))
    .where('patient_id', '=', patientId)
    .where('direction', '=', 'in')
    .executeTakeFirst()
  return row?.at ? new Date(row.at) : null
}

export interface ConversationRow {
  patient_id: string
  full_name: string
  last_message_at: Date
  last_direction: 'out' | 'in'
  last_kind: string
  last_inbound_at: Date | null
  unread: number
}

/**
 * Every patient who has written to the clinic, the latest conversation first, with how many of
 * their messages the front desk has not opened (received after the thread's seen_up_to).
 */
export async function findConversations(tx: Tx, limit: number): Promise<ConversationRow[]> {
  const { rows } = await sql<ConversationRow>`
    WITH talking AS (
      SELECT patient_id, max(sent_at) AS last_inbound_at
      FROM messages WHERE direction = 'in' GROUP BY patient_id
    )
    SELECT t.patient_id, p.full_name, t.last_inbound_at,
           last.created_at AS last_message_at, last.direction AS last_direction,
           last.kind AS last_kind,
           (SELECT count(*)::int FROM messages i
            WHERE i.patient_id = t.patient_id AND i.direction = 'in'
              AND i.created_at > COALESCE(th.seen_up_to, '-infinity'::timestamptz)) AS unread
    FROM talking t
    JOIN patients p ON p.id = t.patient_id
    LEFT JOIN message_threads th ON th.patient_id = t.patient_id
    CROSS JOIN LATERAL (
      SELECT COALESCE(m.sent_at, m.created_at) AS created_at, m.direction, m.kind FROM messages m
      WHERE m.patient_id = t.patient_id AND m.status NOT IN ('queued', 'cancelled', 'skipped')
      ORDER BY COALESCE(m.sent_at, m.created_at) DESC, m.created_at DESC LIMIT 1
    ) last
    ORDER BY last.created_at DESC, t.patient_id
    LIMIT ${limit}`.execute(tx)
  return rows
}

/** How many of the patient's messages are unread. */
export async function unreadCount(tx: Tx, patientId: string): Promise<number> {
  const { rows } = await sql<{ unread: number }>`
    SELECT count(*)::int AS unread FROM messages i
    LEFT JOIN message_threads th ON th.patient_id = i.patient_id
    WHERE i.patient_id = ${patientId} AND i.direction = 'in'
      AND i.created_at > COALESCE(th.seen_up_to, '-infinity'::timestamptz)`.execute(tx)
  return rows[0]?.unread ?? 0
}

/** Unread messages across the clinic, for the navigation badge. */
export async function totalUnread(tx: Tx): Promise<number> {
  const { rows } = await sql<{ unread: number }>`
    SELECT count(*)::int AS unread FROM messages i
    LEFT JOIN message_threads th ON th.patient_id = i.patient_id
    WHERE i.direction = 'in'
      AND i.created_at > COALESCE(th.seen_up_to, '-infinity'::timestamptz)`.execute(tx)
  return rows[0]?.unread ?? 0
}

/** A patient's messages with their sealed texts (null once deleted after 90 days). */
export function patientMessagesWithTexts(tx: Tx, patientId: string) {
  return tx
    .selectFrom('messages as m')
    .leftJoin('message_bodies as b', (join) =>
      join.onRef('b.clinic_id', '=', 'm.clinic_id').onRef('b.message_id', '=', 'm.id'),
    )
    .selectAll('m')
    .select('b.body_cipher')
    .where('m.patient_id', '=', patientId)
}

/**
 * A patient's conversation, oldest first (the last 200): what was sent or received, and replies
 * on their way. Reminders still waiting for their time are in the message log, not here.
 */
export async function findConversationMessages(tx: Tx, patientId: string) {
  const rows = await patientMessagesWithTexts(tx, patientId)
    .where('m.status', 'not in', ['cancelled', 'skipped'])
    .where((eb) =>
      eb.or([
        eb('m.status', '!=', 'queued'),
        eb('m.kind', 'in', ['reply', 'opt_out_confirmation']),
      ]),
    )
    .orderBy(sql`COALESCE(m.sent_at, m.due_at)`, 'desc')
    .orderBy('m.created_at', 'desc')
    // At the same instant, the clinic's message answers the patient's.
    .orderBy(sql`m.direction = 'out'`, 'desc')
    .limit(200)
    .execute()
  return rows.reverse()
}
