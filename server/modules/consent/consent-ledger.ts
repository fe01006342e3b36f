import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'
import { ADULT_AGE, ageOn } from '../patients/birth-date.ts'
import { type CaptureChannel, CONSENT_ITEMS, type ConsentItem } from './consent-items.ts'
import { findNotice } from './notices.ts'

interface RecordRow {
  id: string
  notice_id: string
  version: number
  content_hash: string
  action: 'given' | 'withdrawn'
  items: Record<string, boolean>
  language: string
  capture_channel: CaptureChannel
  given_by: 'patient' | 'guardian'
  captured_by: string
  captured_by_name: string | null
  captured_at: Date
}

export interface ConsentState {
  items: Record<
    ConsentItem,
    { isGranted: boolean; since: string | null; noticeVersion: number | null }
  >
  history: {
    id: string
    action: 'given' | 'withdrawn'
    items: Record<string, boolean>
    noticeVersion: number
    noticeHash: string
    language: string
    captureChannel: CaptureChannel
    givenBy: 'patient' | 'guardian'
    capturedBy: string | null
    capturedAt: string
  }[]
}

/** Records consent as given under a notice: every item stated, yes or no. */
export async function giveConsent(
  tx: Tx,
  session: Session,
  input: {
    patientId: string
    noticeId: string
    items: Record<ConsentItem, boolean>
    captureChannel: CaptureChannel
    givenBy: 'patient' | 'guardian'
    now: Date
    today: string
  },
) {
  authorize(session, 'patient.write')
  const patient = await findPatientBirth(tx, input.patientId)
  // A child's consent is given by the guardian (DPDP Act s.9(1); Rules r.10).
  if (ageOn(patient.date_of_birth, input.today) < ADULT_AGE && input.givenBy !== 'guardian') {
    throw validationError([issue('givenBy', 'consent.guardian_only')])
  }
  const notice = await findNotice(tx, input.noticeId)
  if (!notice) throw validationError([issue('noticeId', 'consent.notice_unknown')])
  await insertRecord(tx, session, { ...input, action: 'given', language: notice.language })
}

/** Withdraws items: one action, effective at once (DPDP Act s.6(4)). */
export async function withdrawConsent(
  tx: Tx,
  session: Session,
  input: { patientId: string; items: ConsentItem[]; captureChannel: CaptureChannel; now: Date },
) {
  authorize(session, 'patient.write')
  await findPatientBirth(tx, input.patientId)
  const last = (await records(tx, input.patientId)).at(-1)
  if (!last) throw new AppError('conflict', 'consent.nothing_to_withdraw')
  const items = Object.fromEntries(input.items.map((item) => [item, false])) as Record<
    ConsentItem,
    boolean
  >
  await insertRecord(tx, session, {
    ...input,
    items,
    action: 'withdrawn',
    noticeId: last.notice_id,
    language: last.language,
    givenBy: last.given_by,
  })
}

/** The current answer for each item (the latest event that mentions it) and the full history. */
export async function consentState(tx: Tx, patientId: string): Promise<ConsentState> {
  await findPatientBirth(tx, patientId)
  const history = await records(tx, patientId)
  const items = Object.fromEntries(
    CONSENT_ITEMS.map((item) => [item, { isGranted: false, since: null, noticeVersion: null }]),
  ) as ConsentState['items']
  for (const record of history) {
    for (const [item, isGranted] of Object.entries(record.items)) {
      if (!(item in items)) continue
      items[item as ConsentItem] = {
        isGranted,
        since: new Date(record.captured_at).toISOString(),
        noticeVersion: Number(record.version),
      }
    }
  }
  return {
    items,
    history: history.map((record) => ({
      id: record.id,
      action: record.action,
      items: record.items,
      noticeVersion: Number(record.version),
      noticeHash: record.content_hash,
      language: record.language,
      captureChannel: record.capture_channel,
      givenBy: record.given_by,
      capturedBy: record.captured_by_name,
      capturedAt: new Date(record.captured_at).toISOString(),
    })),
  }
}

async function insertRecord(
  tx: Tx,
  session: Session,
  record: {
    patientId: string
    noticeId: string
    action: 'given' | 'withdrawn'
    items: Partial<Record<ConsentItem, boolean>>
    language: string
    captureChannel: CaptureChannel
    givenBy: 'patient' | 'guardian'
    now: Date
  },
) {
  await sql`
    INSERT INTO consent_records (clinic_id, patient_id, notice_id, action, items, language,
                                 capture_channel, given_by, captured_by, captured_at)
    VALUES (${session.clinicId}, ${record.patientId}, ${record.noticeId}, ${record.action},
            ${JSON.stringify(record.items)}::jsonb, ${record.language}, ${record.captureChannel},
            ${record.givenBy}, ${session.userId}, ${record.now})`.execute(tx)
}

/** The patient's consent events, including those of records merged into it, in order. */
async function records(tx: Tx, patientId: string): Promise<RecordRow[]> {
  const { rows } = await sql<RecordRow>`
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

async function findPatientBirth(tx: Tx, patientId: string) {
  const patient = await tx
    .selectFrom('patients')
    .select(['id', 'date_of_birth'])
    .where('id', '=', patientId)
    .where('merged_into_id', 'is', null)
    .executeTakeFirst()
  if (!patient) throw new AppError('not_found', 'patient.not_found')
  return patient
}
