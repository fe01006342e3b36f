import type { PlannedMessage } from '../../../../shared/contracts/messaging.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { formatClock, toClinicMinutes } from '../calendar/clinic-time.ts'

/** A reminder due within this much of now goes out now (the server's clock is not ours). */
const NOW_MARGIN_MS = 60_000

/** What the desk is told once the reminder is planned: when, on which channel, or drafted. */
export function plannedText(planned: PlannedMessage, zone: string, t: Translate, now = new Date()) {
  if (planned.viaClinicPhone) return t('billing.reminderDrafted')
  const channel = t(`messages.channel.${planned.channel}`)
  if (Date.parse(planned.dueAt) <= now.getTime() + NOW_MARGIN_MS) {
    return t('billing.reminderNow', { channel })
  }
  const due = toClinicMinutes(planned.dueAt, zone)
  const time = formatClock(due.minutes)
  return due.date === toClinicMinutes(now, zone).date
    ? t('billing.reminderLater', { channel, time })
    : t('billing.reminderLaterDay', { channel, time, date: formatDate(due.date) })
}
