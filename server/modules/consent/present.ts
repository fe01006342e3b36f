import type { ConsentNotice, ConsentState } from '../../../shared/contracts/consent.ts'
import { CONSENT_ITEMS, type ConsentItem } from './consent-items.ts'
import type { ConsentRecordRow, NoticeRow } from './queries.ts'

/** Every field a notice response carries. */
export function presentNotice(row: NoticeRow): ConsentNotice {
  return {
    id: row.id,
    version: Number(row.version),
    language: row.language,
    content: row.content,
    contentHash: row.content_hash,
    publishedAt: new Date(row.published_at).toISOString(),
  }
}

/** The current answer for each item (the latest event that mentions it) and the full history. */
export function presentConsentState(history: ConsentRecordRow[]): ConsentState {
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
