import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'
import { canonicalJson } from './canonical-json.ts'
import { defaultNotice } from './default-notice.ts'
import type { NoticeContent } from './notice-content.ts'

export interface NoticeRow {
  id: string
  version: number
  language: string
  content: NoticeContent
  content_hash: string
  published_at: Date
}

export const hashNotice = (content: NoticeContent) =>
  createHash('sha256').update(canonicalJson(content)).digest('hex')

/**
 * The latest notice in `language` (falling back to English). A clinic that has
 * never published one gets the default notice as version 1, in English and Hindi.
 */
export async function currentNotice(
  tx: Tx,
  clinicId: string,
  language: string,
): Promise<NoticeRow> {
  const found = await latest(tx, language)
  if (found) return found
  if (!(await latest(tx, 'en'))) {
    const contact = await clinicContact(tx)
    for (const [code, content] of Object.entries(defaultNotice(contact.clinicName, contact.line))) {
      await insertNotice(tx, clinicId, 1, code, content, null)
    }
    return (await latest(tx, language)) ?? ((await latest(tx, 'en')) as NoticeRow)
  }
  return (await latest(tx, 'en')) as NoticeRow
}

export async function findNotice(tx: Tx, noticeId: string): Promise<NoticeRow | undefined> {
  const { rows } = await sql<NoticeRow>`
    SELECT id, version, language, content, content_hash, published_at FROM consent_notices
    WHERE id = ${noticeId}`.execute(tx)
  return rows[0]
}

/** Publishes a new version in one or more languages; earlier versions stay as they were. */
export async function publishNotice(
  tx: Tx,
  session: Session,
  contents: Record<string, NoticeContent>,
) {
  authorize(session, 'consent.notice')
  if (!contents.en)
    throw new AppError('validation_failed', 'languages.en: an English version is required', [
      { field: 'languages.en', message: 'an English version is required' },
    ])
  const { rows } = await sql<{
    version: number | null
  }>`SELECT max(version) AS version FROM consent_notices`.execute(tx)
  const version = Number(rows[0]?.version ?? 0) + 1
  const published: NoticeRow[] = []
  for (const [language, content] of Object.entries(contents)) {
    published.push(
      await insertNotice(tx, session.clinicId, version, language, content, session.userId),
    )
  }
  return published
}

async function insertNotice(
  tx: Tx,
  clinicId: string,
  version: number,
  language: string,
  content: NoticeContent,
  publishedBy: string | null,
): Promise<NoticeRow> {
  const { rows } = await sql<NoticeRow>`
    INSERT INTO consent_notices (clinic_id, version, language, content, content_hash, published_by)
    VALUES (${clinicId}, ${version}, ${language}, ${JSON.stringify(content)}::jsonb, ${hashNotice(content)}, ${publishedBy})
    RETURNING id, version, language, content, content_hash, published_at`.execute(tx)
  return rows[0] as NoticeRow
}

async function latest(tx: Tx, language: string): Promise<NoticeRow | undefined> {
  const { rows } = await sql<NoticeRow>`
    SELECT id, version, language, content, content_hash, published_at FROM consent_notices
    WHERE language = ${language} ORDER BY version DESC LIMIT 1`.execute(tx)
  return rows[0]
}

/** Whom patients contact about their data (DPDP Rules r.9): the clinic's owner for now. */
async function clinicContact(tx: Tx) {
  const { rows } = await sql<{ clinic_name: string; full_name: string; email: string }>`
    SELECT c.name AS clinic_name, u.full_name, u.email
    FROM clinics c
    JOIN LATERAL (SELECT m.user_id FROM memberships m
                  WHERE m.role = 'owner' AND m.deactivated_at IS NULL
                  ORDER BY m.created_at LIMIT 1) o ON true
    JOIN users u ON u.id = o.user_id`.execute(tx)
  const row = rows[0]
  return {
    clinicName: row?.clinic_name ?? 'The clinic',
    line: row ? `${row.full_name}, ${row.clinic_name} (${row.email})` : 'The clinic’s front desk',
  }
}
