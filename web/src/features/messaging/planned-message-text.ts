import type { PlannedMessage } from '../../../../shared/contracts/messaging.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { formatClock, toClinicMinutes } from '../calendar/clinic-time.ts'

/** A message due within this much of now goes out now (the server's clock is not ours). */
const NOW_MARGIN_MS = 60_000

export interface PlannedTextOptions {
  /** The patient's name, where the screen lists several patients (the recall list). */
  patient?: string
  now?: Date
}

/**
 * What the desk is told once a reminder (a payment or recall reminder) is planned: when, on which
 * channel, or drafted for the front desk when the clinic sends from its own phone.
 */
export function plannedText(
  planned: PlannedMessage,
  zone: string,
  t: Translate,
  { patient, now = new Date() }: PlannedTextOptions = {},
): string {
  if (planned.viaClinicPhone) {
    return patient === undefined
      ? t('messages.plannedDrafted')
      : t('messages.plannedDraftedFor', { patient })
  }
  const channel = t(`messages.channel.${planned.channel}`)
  if (Date.parse(planned.dueAt) <= now.getTime() + NOW_MARGIN_MS) {
    return patient === undefined
      ? t('messages.plannedNow', { channel })
      : t('messages.plannedNowFor', { channel, patient })
  }
  const due = toClinicMinutes(planned.dueAt, zone)
  const time = formatClock(due.minutes)
  if (due.date === toClinicMinutes(now, zone).date) {
    return patient === undefined
      ? t('messages.plannedLater', { channel, time })
      : t('messages.plannedLaterFor', { channel, time, patient })
  }
  const date = formatDate(due.date)
  return patient === undefined
    ? t('messages.plannedLaterDay', { channel, time, date })
    : t('messages.plannedLaterDayFor', { channel, time, date, patient })
}
