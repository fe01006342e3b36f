import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { withClinicAsSystem } from '../../db/with-clinic.ts'
import type { JobHandler } from '../../jobs/index.ts'

/** PRODUCT.md retention schedule: message bodies 90 days; metadata one year. */
export const BODY_RETENTION_DAYS = 90
export const MESSAGE_RETENTION_DAYS = 365
/** A document's PDF never sent is kept no longer than this (one sent: until its link ends). */
export const ATTACHMENT_RETENTION_DAYS = 30

const DAY_MS = 24 * 3600_000

export interface RetentionReport {
  clinics: number
  bodiesDeleted: number
  messagesDeleted: number
  attachmentsDeleted: number
}

/**
 * Deletes what is past its time, clinic by clinic, each in its own transaction under that
 * clinic's RLS: the texts of messages older than 90 days, and messages (with anything left of
 * them) older than a year, except one still waiting to go out.
 */
export async function applyMessageRetention(
  db: Kysely<Database>,
  now: Date,
): Promise<RetentionReport> {
  const { rows } = await sql<{ clinic_id: string }>`
    SELECT clinic_id FROM messaging_retention_clinics(${now}) AS clinic_id`.execute(db)
  const report: RetentionReport = {
    clinics: rows.length,
    bodiesDeleted: 0,
    messagesDeleted: 0,
    attachmentsDeleted: 0,
  }
  const bodiesBefore = new Date(now.getTime() - BODY_RETENTION_DAYS * DAY_MS)
  const messagesBefore = new Date(now.getTime() - MESSAGE_RETENTION_DAYS * DAY_MS)
  for (const { clinic_id: clinicId } of rows) {
    await withClinicAsSystem(
      db,
      { clinicId, capabilities: ['messaging.retain'], now },
      async (tx) => {
        const bodies = await tx
          .deleteFrom('message_bodies')
          .where('created_at', '<', bodiesBefore)
          .executeTakeFirst()
        const messages = await tx
          .deleteFrom('messages')
          .where('created_at', '<', messagesBefore)
          .where('status', 'not in', ['queued', 'sending'])
          .executeTakeFirst()
        // A document's PDF: once its link has ended, or 30 days after it was asked for if it
        // never went out (the link's route also refuses an ended link on its own).
        const attachments = await tx
          .deleteFrom('message_attachments')
          .where((eb) =>
            eb.or([
              eb('expires_at', '<', now),
              eb('created_at', '<', new Date(now.getTime() - ATTACHMENT_RETENTION_DAYS * DAY_MS)),
            ]),
          )
          .executeTakeFirst()
        report.attachmentsDeleted += Number(attachments.numDeletedRows)
        report.bodiesDeleted += Number(bodies.numDeletedRows)
        report.messagesDeleted += Number(messages.numDeletedRows)
      },
    )
  }
  return report
}

/** The daily retention job (queue `retention`, scheduled by the worker). */
export function retentionJobHandler(services: {
  db: Kysely<Database>
  clock: () => Date
}): JobHandler {
  return async () => {
    await applyMessageRetention(services.db, services.clock())
  }
}
