import { useId } from 'react'
import { type FreeSlots, FreeSlotsSchema } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { formatClock, toClinicMinutes } from './clinic-time.ts'

/** The doctor's free slots of this length on the day; choosing one fills in the start time. */
export function FreeSlotList({
  doctorUserId,
  chairId,
  date,
  duration,
  zone,
  chosen,
  onChoose,
}: {
  doctorUserId: string
  chairId: string
  /** 'YYYY-MM-DD', or null while the typed date is not a date. */
  date: string | null
  duration: number | null
  zone: string
  chosen: number | null
  onChoose: (minutes: number) => void
}) {
  const t = useT()
  const headingId = useId()
  const isComplete = Boolean(doctorUserId && date && duration)
  const query = new URLSearchParams({
    doctorUserId,
    date: date ?? '',
    durationMinutes: String(duration),
  })
  if (chairId) query.set('chairId', chairId)
  const slots = useApiQuery(isComplete ? `/appointments/free-slots?${query}` : null, {
    schema: FreeSlotsSchema,
  })
  const state: FreeSlots | 'loading' | 'failed' | null = !isComplete
    ? null
    : slots.isError
      ? 'failed'
      : (slots.data ?? 'loading')

  if (state === null || state === 'failed') return null
  const starts =
    state === 'loading'
      ? []
      : state.slots.map((slot) => toClinicMinutes(slot.startsAt, zone).minutes)
  return (
    <section className="free-slots" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('calendar.freeSlots')}</h3>
      {state === 'loading' && <p role="status">{t('calendar.freeSlotsLoading')}</p>}
      {state !== 'loading' && !state.hasWorkingHours && (
        <p className="muted">{t('calendar.noWorkingHours')}</p>
      )}
      {state !== 'loading' && state.hasWorkingHours && starts.length === 0 && (
        <p className="muted">{t('calendar.noFreeSlots')}</p>
      )}
      {starts.length > 0 && (
        <>
          <p className="field-hint">{t('calendar.freeSlotsHint')}</p>
          <ul className="free-slot-list">
            {starts.map((minutes) => (
              <li key={minutes}>
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('calendar.useSlot', { time: formatClock(minutes) })}
                  aria-pressed={chosen === minutes}
                  onClick={() => onChoose(minutes)}
                >
                  {formatClock(minutes)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
