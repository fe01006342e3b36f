// The items a patient consents to, each separately, and how consent was captured: the same
// lists the API validates against (shared/consent/consent-items.ts).
import {
  CAPTURE_CHANNELS,
  type CaptureChannel,
  CONSENT_ITEMS,
  type ConsentItem,
  type RecordedChannel,
} from '../../../../shared/consent/consent-items.ts'
import type { ConsentEvent, ConsentState, GivenBy } from '../../../../shared/contracts/consent.ts'
import type { MessageKey } from '../../i18n/messages.ts'

export const consentItems = CONSENT_ITEMS
export const captureChannels = CAPTURE_CHANNELS

// The API's shapes, as the server declares them (shared/contracts/consent.ts).
export type {
  ConsentEvent,
  ConsentItemState,
  ConsentNotice,
  ConsentState,
  GivenBy,
} from '../../../../shared/contracts/consent.ts'
export type { CaptureChannel, ConsentItem }

/** What the helpers below read of a patient's consent; an item not yet answered may be absent. */
type ConsentView = {
  items: Partial<ConsentState['items']>
  history: ConsentState['history']
}

export const itemLabelKey = (item: ConsentItem): MessageKey => `consent.item.${item}`
export const channelLabelKey = (channel: RecordedChannel): MessageKey =>
  `consent.channel.${channel}`

export type Answers = Partial<Record<ConsentItem, boolean>>

/** The items not yet answered yes or no: none may be assumed. */
export function unansweredItems(answers: Answers): ConsentItem[] {
  return consentItems.filter((item) => typeof answers[item] !== 'boolean')
}

/** What the capture screen may submit: every item answered, a giver chosen, and confirmed. */
export function captureBlocker(
  answers: Answers,
  givenBy: GivenBy | null,
  isConfirmed: boolean,
): { kind: 'unanswered'; count: number } | { kind: 'givenBy' } | { kind: 'confirm' } | null {
  const count = unansweredItems(answers).length
  if (count > 0) return { kind: 'unanswered', count }
  if (!givenBy) return { kind: 'givenBy' }
  if (!isConfirmed) return { kind: 'confirm' }
  return null
}

/** The notice version the patient's current grants were given under (the newest one). */
export function currentNoticeVersion(state: ConsentView): number | null {
  const versions = Object.values(state.items)
    .map((item) => item?.noticeVersion ?? null)
    .filter((version): version is number => version !== null)
  return versions.length > 0 ? Math.max(...versions) : null
}

/**
 * How an item stands: a No answered under a notice is "not given"; only a withdrawal after
 * consent was given is "withdrawn". The server's `since` is when either was recorded.
 */
export function itemStatus(
  state: ConsentView,
  item: ConsentItem,
): { kind: 'granted' } | { kind: 'notGiven' } | { kind: 'withdrawn'; on: string } {
  const current = state.items[item]
  if (current?.isGranted) return { kind: 'granted' }
  const latest = state.history
    .filter((event) => item in event.items)
    .reduce<ConsentEvent | null>(
      (newest, event) =>
        newest === null || Date.parse(event.capturedAt) > Date.parse(newest.capturedAt)
          ? event
          : newest,
      null,
    )
  if (latest?.action === 'withdrawn') return { kind: 'withdrawn', on: latest.capturedAt }
  return { kind: 'notGiven' }
}
