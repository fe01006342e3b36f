import { useEffect, useId, useState } from 'react'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import type { Attendance } from './calendar-types.ts'

/** On the patient page: how reliably the patient comes (completed, cancelled, no-shows, upcoming). */
export function AttendanceSummary({ patientId, zone }: { patientId: string; zone: string }) {
  const t = useT()
  const headingId = useId()
  const [attendance, setAttendance] = useState<Attendance | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    const controller = new AbortController()
    api<Attendance>(`/patients/${patientId}/attendance`, { signal: controller.signal }).then(
      setAttendance,
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure)
      },
    )
    return () => controller.abort()
  }, [patientId])
  const counts = attendance && [
    [t('attendance.completed'), attendance.completed],
    [t('attendance.cancelled'), attendance.cancelled],
    [t('attendance.noShow'), attendance.noShow],
    [t('attendance.upcoming'), attendance.upcoming],
  ]
  return (
    <section className="card section-gap" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attendance.heading')}</h2>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      {attendance === null && error === null && <p role="status">{t('app.loading')}</p>}
      {attendance && counts && (
        <dl className="detail-list">
          {counts.map(([label, count]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{count}</dd>
            </div>
          ))}
          <div>
            <dt>{t('attendance.lastVisit')}</dt>
            <dd>
              {attendance.lastCompletedAt
                ? formatDate(attendance.lastCompletedAt, zone)
                : t('attendance.never')}
            </dd>
          </div>
        </dl>
      )}
    </section>
  )
}
