import type { NoticeContent } from '../../../shared/contracts/consent.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
import { currentNotice } from './current-notice.ts'
import { findLatestNoticeVersion, insertNotice, type NoticeRow } from './queries.ts'

/**
 * Publishes a new version in one or more languages; earlier versions stay as they were. The
 * default notice is put in place first, so a clinic's own notice is always version 2 or later.
 * The route has checked the capability (consent.notice).
 */
export async function publishNotice(
  tx: Tx,
  actor: Session,
  contents: Record<string, NoticeContent>,
): Promise<NoticeRow[]> {
  if (!contents.en) {
    throw fieldError('validation_failed', 'languages.en', 'consent.english_required')
  }
  await currentNotice(tx, actor.clinicId, 'en')
  const version = (await findLatestNoticeVersion(tx)) + 1
  const published: NoticeRow[] = []
  for (const [language, content] of Object.entries(contents)) {
    published.push(
      await insertNotice(tx, {
        clinicId: actor.clinicId,
        version,
        language,
        content,
        publishedBy: actor.userId,
      }),
    )
  }
  return published
}
