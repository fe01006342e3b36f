import type {
  BookableDoctor,
  ExceptionKind,
  ScheduleException,
} from '../../../../shared/contracts/schedule.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { describeExceptionTime } from './exception-time.ts'

const kindKeys: Record<ExceptionKind, MessageKey> = {
  leave: 'scheduleSetup.leave.kind.leave',
  holiday: 'scheduleSetup.leave.kind.holiday',
  training: 'scheduleSetup.leave.kind.training',
  other: 'scheduleSetup.leave.kind.other',
}

export const exceptionKindKey = (kind: ExceptionKind): MessageKey => kindKeys[kind]

/** Who is away: the doctor's name, or the whole clinic. */
export function exceptionWho(
  t: Translate,
  exception: ScheduleException,
  doctors: readonly BookableDoctor[],
): string {
  if (exception.doctorUserId === null) return t('scheduleSetup.leave.wholeClinic')
  const doctor = doctors.find((candidate) => candidate.userId === exception.doctorUserId)
  return doctor?.fullName ?? t('scheduleSetup.leave.formerDoctor')
}

/** "08/11/2026", "08/11/2026 to 09/11/2026" or "10/11/2026, 14:00–17:00", clinic-local. */
export function exceptionWhen(t: Translate, exception: ScheduleException, timeZone: string) {
  const time = describeExceptionTime(exception, timeZone)
  if (time.kind === 'days') {
    return time.from === time.to
      ? formatDate(time.from)
      : t('scheduleSetup.leave.days', { from: formatDate(time.from), to: formatDate(time.to) })
  }
  if (time.startDate === time.endDate) {
    return t('scheduleSetup.leave.partOfDay', {
      date: formatDate(time.startDate),
      start: time.start,
      end: time.end,
    })
  }
  return t('scheduleSetup.leave.days', {
    from: `${formatDate(time.startDate)} ${time.start}`,
    to: `${formatDate(time.endDate)} ${time.end}`,
  })
}
