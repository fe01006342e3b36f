import type { WorkingDay } from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { breaksOf, draftFromWeek, mondayFirstWeekdays } from './week-draft.ts'
import { weekdayName } from './weekday-names.ts'

/** A doctor's week for people who may only look: each day's sessions and breaks, Monday first. */
export function WeekView({ week, caption }: { week: WorkingDay[]; caption: string }) {
  const t = useT()
  const draft = draftFromWeek(week)
  const range = (start: string, end: string) => t('scheduleSetup.hours.session', { start, end })
  return (
    <div className="table-scroll">
      <table className="data-table week-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scheduleSetup.hours.day')}</th>
            <th scope="col">{t('scheduleSetup.hours.sessions')}</th>
            <th scope="col">{t('scheduleSetup.hours.breaks')}</th>
          </tr>
        </thead>
        <tbody>
          {mondayFirstWeekdays.map((weekday) => {
            const sessions = draft[weekday] ?? []
            const breaks = breaksOf(sessions)
            return (
              <tr key={weekday}>
                <th scope="row">{weekdayName(t, weekday)}</th>
                <td>
                  {sessions.length === 0
                    ? t('scheduleSetup.hours.closed')
                    : sessions.map((session) => range(session.start, session.end)).join(', ')}
                </td>
                <td>
                  {breaks.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    breaks.map((gap) => range(gap.start, gap.end)).join(', ')
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
