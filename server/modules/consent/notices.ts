import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
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
 * never published one gets the default notice as version 1, in English and Hindi;
 * a default stored with placeholders for the clinic and its contact is superseded
 * by a corrected version (see supersedePlaceholderNotice).
 */
export async function currentNotice(
  tx: Tx,
  clinicId: string,
  language: string,
): Promise<NoticeRow> {
  const english = await latest(tx, 'en')
  if (!english) {
    const contact = await clinicContact(tx)
    for (const [code, content] of Object.entries(defaultNotice(contact.clinicName, contact.line))) {
      await insertNotice(tx, clinicId, 1, code, content, null)
    }
  } else if (english.content.contact === PLACEHOLDER_CONTACT) {
    await supersedePlaceholderNotice(tx, english.version + 1)
  }
  return (await latest(tx, language)) ?? ((await latest(tx, 'en')) as NoticeRow)
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
    throw fieldError('validation_failed', 'languages.en', 'consent.english_required')
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

// What clinicContact() wrote when it could not read the clinic (before 20261204110000).
const PLACEHOLDER_CONTACT = 'The clinic’s front desk'

/**
 * Publishes the default notice again, with the clinic's name and contact, as `version`, in place
 * of a default that carries the placeholders. Notices are immutable (consent given under the old
 * version stays linked to it); the database function refuses unless the latest version is such a
 * default, so an owner's own notice is never replaced.
 */
async function supersedePlaceholderNotice(tx: Tx, version: number) {
  const contact = await clinicContact(tx)
  if (contact.line === PLACEHOLDER_CONTACT) return
  for (const [code, content] of Object.entries(defaultNotice(contact.clinicName, contact.line))) {
    await sql`SELECT consent_supersede_placeholder_notice(${code}, ${version},
      ${JSON.stringify(content)}::jsonb, ${hashNotice(content)})`.execute(tx)
  }
}

/**
 * Whom patients contact about their data (DPDP Rules r.9): the clinic's owner for now. Read
 * through consent_notice_contact(), since staff who open consent may not read the staff list.
 */
async function clinicContact(tx: Tx) {
  const { rows } = await sql<{
    clinic_name: string
    contact_name: string | null
    contact_email: string | null
  }>`SELECT clinic_name, contact_name, contact_email FROM consent_notice_contact()`.execute(tx)
  const row = rows[0]
  const clinicName = row?.clinic_name ?? 'The clinic'
  return {
    clinicName,
    line:
      row?.contact_name && row.contact_email
        ? `${row.contact_name}, ${clinicName} (${row.contact_email})`
        : PLACEHOLDER_CONTACT,
  }
}
