import { sql } from 'kysely'
import type { NoticeContent } from '../../../shared/contracts/consent.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { hashNotice } from './canonical-json.ts'
import type { ConsentItem, RecordedChannel } from './consent-items.ts'

export interface NoticeRow {
  id: string
  version: number
  language: string
  content: NoticeContent
  content_hash: string
  published_at: Date
}

export interface ConsentRecordRow {
  id: string
  notice_id: string
  version: number
  content_hash: string
  action: 'given' | 'withdrawn'
  items: Record<string, boolean>
  language: string
  capture_channel: RecordedChannel
  given_by: 'patient' | 'guardian'
  captured_by: string | null
  captured_by_name: string | null
  captured_at: Date
}

/** One notice version in one language, by id. */
export async function findNotice(tx: Tx, noticeId: string): Promise<NoticeRow | undefined> {
  const { rows } = await sql<NoticeRow>`
    SELECT id, version, language, content, content_hash, published_at FROM consent_notices
    WHERE id = ${noticeId}`.execute(tx)
  return rows[0]
}

/** The newest notice in `language`, if the clinic has one. */
export async function findLatestNotice(tx: Tx, language: string): Promise<NoticeRow | undefined> {
  const { rows } = await sql<NoticeRow>`
    SELECT id, version, language, content, content_hash, published_at FROM consent_notices
    WHERE language = ${language} ORDER BY version DESC LIMIT 1`.execute(tx)
  return rows[0]
}

/** The highest notice version published so far (0 when none). */
export async function findLatestNoticeVersion(tx: Tx): Promise<number> {
  const { rows } = await sql<{
    version: number | null
  }>`SELECT max(version) AS version FROM consent_notices`.execute(tx)
  return Number(rows[0]?.version ?? 0)
}

interface NewNotice {
  clinicId: string
  version: number
  language: string
  content: NoticeContent
  publishedBy: string | null
}

export async function insertNotice(tx: Tx, notice: NewNotice): Promise<NoticeRow> {
  const { clinicId, version, language, content, publishedBy } = notice
  const { rows } = await sql<NoticeRow>`
    INSERT INTO consent_notices (clinic_id, version, language, content, content_hash, published_by)
    VALUES (${clinicId}, ${version}, ${language}, ${JSON.stringify(content)}::jsonb, ${hashNotice(content)}, ${publishedBy})
    RETURNING id, version, language, content, content_hash, published_at`.execute(tx)
  return rows[0] as NoticeRow
}

/**
 * The default notice's first version, stored by whichever request reads the notice first. The
 * consent screen asks for it in two languages at once (the app's, then the patient's), so two
 * transactions can both find none: the second waits for the first's row and keeps it.
 */
export async function insertDefaultNotice(
  tx: Tx,
  notice: Omit<NewNotice, 'publishedBy'>,
): Promise<void> {
  const { clinicId, version, language, content } = notice
  await sql`
    INSERT INTO consent_notices (clinic_id, version, language, content, content_hash, published_by)
    VALUES (${clinicId}, ${version}, ${language}, ${JSON.stringify(content)}::jsonb, ${hashNotice(content)}, NULL)
    ON CONFLICT (clinic_id, version, language) DO NOTHING`.execute(tx)
}

/**
 * The clinic's name and its owner's name and email, for the notice's contact line (DPDP Rules
 * r.9). Read through consent_notice_contact(), since staff who open consent may not read the
 * staff list.
 */
export async function findNoticeContact(tx: Tx) {
  const { rows } = await sql<{
    clinic_name: string
    contact_name: string | null
    contact_email: string | null
  }>`SELECT clinic_name, contact_name, contact_email FROM consent_notice_contact()`.execute(tx)
  return rows[0]
}

/** The patient's consent events, including those of records merged into it, in order. */
export async function findConsentRecords(tx: Tx, patientId: string): Promise<ConsentRecordRow[]> {
  const { rows } = await sql<ConsentRecordRow>`
    SELECT r.id, r.notice_id, n.version, n.content_hash, r.action, r.items, r.language,
           r.capture_channel, r.given_by, r.captured_by, u.full_name AS captured_by_name, r.captured_at
    FROM consent_records r
    JOIN consent_notices n ON n.clinic_id = r.clinic_id AND n.id = r.notice_id
    LEFT JOIN users u ON u.id = r.captured_by
    -- A merged-away record's consent events belong to the same person: the
    -- ledger is append-only, so they stay on that record and are read from here.
    WHERE r.patient_id IN (SELECT p.id FROM patients p
                           WHERE p.id = ${patientId} OR p.merged_into_id = ${patientId})
    ORDER BY r.seq`.execute(tx)
  return rows
}

export async function insertConsentRecord(
  tx: Tx,
  record: {
    clinicId: string
    /** Null only for a patient's own WhatsApp STOP (capture channel whatsapp_reply). */
    capturedBy: string | null
    patientId: string
    noticeId: string
    action: 'given' | 'withdrawn'
    items: Partial<Record<ConsentItem, boolean>>
    language: string
    captureChannel: RecordedChannel
    givenBy: 'patient' | 'guardian'
    now: Date
  },
) {
  await sql`
    INSERT INTO consent_records (clinic_id, patient_id, notice_id, action, items, language,
                                 capture_channel, given_by, captured_by, captured_at)
    VALUES (${record.clinicId}, ${record.patientId}, ${record.noticeId}, ${record.action},
            ${JSON.stringify(record.items)}::jsonb, ${record.language}, ${record.captureChannel},
            ${record.givenBy}, ${record.capturedBy}, ${record.now})`.execute(tx)
}

/** A patient that has not been merged away, with the birth date consent rules need; else 404. */
export async function findPatientBirth(tx: Tx, patientId: string) {
  const patient = await tx
    .selectFrom('patients')
    .select(['id', 'date_of_birth'])
    .where('id', '=', patientId)
    .where('merged_into_id', 'is', null)
    .executeTakeFirst()
  if (!patient) throw new AppError('not_found', 'patient.not_found')
  return patient
}
