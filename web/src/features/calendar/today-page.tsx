import '../../styles/calendar.css'
import '../../styles/today.css'
import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { patientName } from './appointment-text.ts'
import { CalendarPagesNav } from './calendar-pages-nav.tsx'
import { clinicZoneOf } from './clinic-time.ts'
import { TodayTable } from './today-table.tsx'
import { useAppointments } from './use-appointments.ts'
import { useClinicNow } from './use-clinic-now.ts'
import { useScheduleReferences } from './use-schedule-references.ts'
import { WaitingListSection } from './waiting-list-section.tsx'
import { WalkInDialog } from './walk-in-dialog.tsx'

/** /appointments/today: the front desk's list, with one-click check-in and walk-ins. */
export function TodayPage() {
  const t = useT()
  const me = useMe()
  const zone = clinicZoneOf(me)
  // The day follows the clock: the desk's list turns over at the clinic's midnight.
  const clinicNow = useClinicNow(zone)
  const today = clinicNow.date
  const { state, replace, reload } = useAppointments(today, today)
  const references = useScheduleReferences()
  const canWrite = can(me, 'schedule.write')
  const [isWalkInOpen, setWalkInOpen] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page-heading-row">
        <PageHeader
          title={t('today.title')}
          intro={t('today.intro', { date: formatDate(today) })}
        />
        {canWrite && references.kind === 'loaded' && (
          <button type="button" onClick={() => setWalkInOpen(true)}>
            {t('today.walkIn')}
          </button>
        )}
      </div>
      <CalendarPagesNav />
      <StatusMessage>{status}</StatusMessage>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      {state.kind === 'failed' && <ErrorAlert>{apiErrorMessage(state.error, t)}</ErrorAlert>}
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'loaded' && (
        <TodayTable
          appointments={state.appointments}
          zone={zone}
          canWrite={canWrite}
          billDate={can(me, 'billing.write') ? today : null}
          onChanged={(changed, message) => {
            setError(null)
            replace(changed)
            setStatus(message)
          }}
          onFailed={(failure) => {
            setStatus(null)
            setError(failure)
          }}
        />
      )}
      <WaitingListSection
        date={today}
        zone={zone}
        canWrite={canWrite}
        references={references.kind === 'loaded' ? references.references : null}
      />
      {references.kind === 'loaded' && (
        <WalkInDialog
          isOpen={isWalkInOpen}
          references={references.references}
          onAdded={(added) => {
            setWalkInOpen(false)
            setStatus(t('today.walkInAdded', { patient: patientName(added, t) }))
            // A walk-in starts at the server's "now", which may be past midnight already.
            clinicNow.refresh()
            reload()
          }}
          onClose={() => setWalkInOpen(false)}
        />
      )}
    </section>
  )
}
