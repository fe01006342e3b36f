import { useId } from 'react'
import { AttendanceSchema } from '../../../../shared/contracts/appointments.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'

/** On the patient page: how reliably the patient comes (completed, cancelled, no-shows, upcoming). */
export function AttendanceSummary({ patientId, zone }: { patientId: string; zone: string }) {
  const t = useT()
  const headingId = useId()
  const read = useApiQuery(`/patients/${patientId}/attendance`, { schema: AttendanceSchema })
  const attendance = read.data ?? null
  const error = read.error ?? null
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
