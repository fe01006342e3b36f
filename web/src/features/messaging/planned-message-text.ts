import type { PlannedMessage } from '../../../../shared/contracts/messaging.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatClock, toClinicMinutes } from '../calendar/clinic-time.ts'

/** A message due within this much of now goes out now (the server's clock is not ours). */
const NOW_MARGIN_MS = 60_000

/** What was planned: a reminder (payment or recall), or a document sent to the patient. */
export type PlannedWhat = 'reminder' | 'invoice' | 'prescription'

export interface PlannedTextOptions {
  /** The patient's name, where the screen lists several patients (the recall list). */
  patient?: string
  /** A document says so ("Invoice sent on WhatsApp…"); a reminder by default. */
  what?: PlannedWhat
  now?: Date
}

/** A document's wording: when it goes out now, later today, or on another day. */
const DOCUMENT_KEYS = {
  invoice: {
    now: 'messages.invoiceSentNow',
    later: 'messages.invoiceSentLater',
    laterDay: 'messages.invoiceSentLaterDay',
  },
  prescription: {
    now: 'messages.prescriptionSentNow',
    later: 'messages.prescriptionSentLater',
    laterDay: 'messages.prescriptionSentLaterDay',
  },
} as const satisfies Record<Exclude<PlannedWhat, 'reminder'>, Record<Due['when'], MessageKey>>

/** When a planned message goes out, in the clinic's time: now, later today, or another day. */
type Due =
  | { when: 'now' }
  | { when: 'later'; time: string }
  | { when: 'laterDay'; time: string; date: string }

function dueOf(planned: PlannedMessage, zone: string, now: Date): Due {
  if (Date.parse(planned.dueAt) <= now.getTime() + NOW_MARGIN_MS) return { when: 'now' }
  const due = toClinicMinutes(planned.dueAt, zone)
  const time = formatClock(due.minutes)
  if (due.date === toClinicMinutes(now, zone).date) return { when: 'later', time }
  return { when: 'laterDay', time, date: formatDate(due.date) }
}

/**
 * What the desk is told once a message is planned (a payment or recall reminder, an invoice or
 * prescription sent as a document): when, on which channel, or drafted for the front desk when
 * the clinic sends from its own phone (never a document: the server sends those by email).
 */
export function plannedText(
  planned: PlannedMessage,
  zone: string,
  t: Translate,
  { patient, what = 'reminder', now = new Date() }: PlannedTextOptions = {},
): string {
  if (planned.viaClinicPhone) {
    return patient === undefined || what !== 'reminder'
      ? t('messages.plannedDrafted')
      : t('messages.plannedDraftedFor', { patient })
  }
  const channel = t(`messages.channel.${planned.channel}`)
  const { when, ...at } = dueOf(planned, zone, now)
  if (what !== 'reminder') return t(DOCUMENT_KEYS[what][when], { channel, ...at })
  if (when === 'now') {
    return patient === undefined
      ? t('messages.plannedNow', { channel })
      : t('messages.plannedNowFor', { channel, patient })
  }
  if (when === 'later') {
    return patient === undefined
      ? t('messages.plannedLater', { channel, ...at })
      : t('messages.plannedLaterFor', { channel, ...at, patient })
  }
  return patient === undefined
    ? t('messages.plannedLaterDay', { channel, ...at })
    : t('messages.plannedLaterDayFor', { channel, ...at, patient })
}
