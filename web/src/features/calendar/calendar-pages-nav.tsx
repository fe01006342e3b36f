import { NavLink } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'

/** Links between the appointment pages; set-up only for those who may change it. */
export function CalendarPagesNav() {
  const t = useT()
  const me = useMe()
  return (
    <nav className="calendar-pages" aria-label={t('calendar.pages')}>
      <NavLink to="/appointments" end>
        {t('calendar.calendarLink')}
      </NavLink>
      <NavLink to="/appointments/today">{t('calendar.todayList')}</NavLink>
      {can(me, 'patient.read') && (
        <NavLink to="/appointments/recalls">{t('calendar.recalls')}</NavLink>
      )}
      {can(me, 'schedule.configure') && (
        <NavLink to="/appointments/setup">{t('calendar.setup')}</NavLink>
      )}
    </nav>
  )
}
