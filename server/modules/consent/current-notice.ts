import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { hashNotice } from './canonical-json.ts'
import { defaultNotice } from './default-notice.ts'
import {
  findLatestNotice,
  findNoticeContact,
  insertDefaultNotice,
  type NoticeRow,
} from './queries.ts'

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
  const english = await findLatestNotice(tx, 'en')
  if (!english) {
    const contact = await clinicContact(tx)
    for (const [code, content] of Object.entries(defaultNotice(contact.clinicName, contact.line))) {
      await insertDefaultNotice(tx, { clinicId, version: 1, language: code, content })
    }
  } else if (english.content.contact === PLACEHOLDER_CONTACT) {
    await supersedePlaceholderNotice(tx, english.version + 1)
  }
  return (await findLatestNotice(tx, language)) ?? ((await findLatestNotice(tx, 'en')) as NoticeRow)
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

/** Whom patients contact about their data (DPDP Rules r.9): the clinic's owner for now. */
async function clinicContact(tx: Tx) {
  const row = await findNoticeContact(tx)
  const clinicName = row?.clinic_name ?? 'The clinic'
  return {
    clinicName,
    line:
      row?.contact_name && row.contact_email
        ? `${row.contact_name}, ${clinicName} (${row.contact_email})`
        : PLACEHOLDER_CONTACT,
  }
}
