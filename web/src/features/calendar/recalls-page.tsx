import { z } from 'zod'
import '../../styles/calendar.css'
import { type ReactNode, useState } from 'react'
import { RecallDueSchema } from '../../../../shared/contracts/appointments.ts'
import { can } from '../../../../shared/contracts/auth.ts'
import { formatDate, todayInZone } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { bookedMessage } from './appointment-text.ts'
import { BookingDialog, type BookingStart } from './booking-dialog.tsx'
import { CalendarPagesNav } from './calendar-pages-nav.tsx'
import { clinicZoneOf } from './clinic-time.ts'
import { PatientRowHeader } from './patient-row-header.tsx'
import { RecallReminderButton } from './recall-reminder-button.tsx'
import { useScheduleReferences } from './use-schedule-references.ts'

const RecallListSchema = z.array(RecallDueSchema)

const periods = ['7', '30', '60', '90'] as const

/**
 * /appointments/recalls: patients due back within N days, each one click from a booking; those due
 * now can also be sent a recall reminder (by those who book and may read patients).
 */
export function RecallsPage() {
  const t = useT()
  const me = useMe()
  const zone = clinicZoneOf(me)
  const references = useScheduleReferences()
  const [withinDays, setWithinDays] = useState('30')
  const read = useApiQuery(`/recalls/due?withinDays=${withinDays}`, {
    schema: RecallListSchema,
  })
  const recalls = read.data ?? null
  const error = read.error ?? null
  const cache = useApiCache()
  const [booking, setBooking] = useState<BookingStart | null>(null)
  const [status, setStatus] = useState<ReactNode>(null)
  const [refusal, setRefusal] = useState<unknown>(null)
  const canWrite = can(me, 'schedule.write')
  const mayRemind = canWrite && can(me, 'patient.read')
  const today = todayInZone(zone)
  const say = (next: ReactNode) => {
    setRefusal(null)
    setStatus(next)
  }
  const refuse = (refused: unknown) => {
    setStatus(null)
    setRefusal(refused)
    // Not due after all (a visit was booked meanwhile, elsewhere): the list catches up.
    if (refused instanceof ApiError && refused.reason === 'messaging.recall_not_due') {
      void cache.invalidate('/recalls')
    }
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('recalls.title')} intro={t('recalls.intro')} />
      <CalendarPagesNav />
      <SelectField
        label={t('recalls.within')}
        name="withinDays"
        value={withinDays}
        onChange={setWithinDays}
        className="field-narrow"
      >
        {periods.map((days) => (
          <option key={days} value={days}>
            {t('recalls.days', { count: days })}
          </option>
        ))}
      </SelectField>
      <StatusMessage>{status}</StatusMessage>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      {refusal !== null && <ErrorAlert>{apiErrorMessage(refusal, t)}</ErrorAlert>}
      {recalls === null && error === null && <p role="status">{t('app.loading')}</p>}
      {recalls?.length === 0 && <p>{t('recalls.empty')}</p>}
      {recalls && recalls.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('calendar.patient')}</th>
                <th scope="col">{t('recalls.recall')}</th>
                <th scope="col">{t('recalls.lastVisit')}</th>
                <th scope="col">{t('recalls.dueOn')}</th>
                {canWrite && <th scope="col">{t('today.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {recalls.map((recall) => (
                <tr key={`${recall.ruleId}-${recall.patient.id}`}>
                  <PatientRowHeader patient={recall.patient} name={recall.patient.fullName} />
                  <td>{recall.ruleName}</td>
                  <td>{formatDate(recall.lastVisitOn)}</td>
                  <td>{formatDate(recall.dueOn)}</td>
                  {canWrite && (
                    <td className="cell-actions">
                      <div className="button-row button-row-tight">
                        <button
                          type="button"
                          className="button-small"
                          aria-label={t('recalls.bookFor', { patient: recall.patient.fullName })}
                          disabled={references.kind !== 'loaded'}
                          onClick={() => {
                            setBooking({
                              patient: recall.patient,
                              date: recall.dueOn > today ? recall.dueOn : today,
                            })
                          }}
                        >
                          {t('recalls.book')}
                        </button>
                        {mayRemind && recall.dueOn <= today && (
                          <RecallReminderButton
                            recall={recall}
                            zone={zone}
                            onPlanned={say}
                            onRefused={refuse}
                          />
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {references.kind === 'loaded' && (
        <BookingDialog
          start={booking}
          references={references.references}
          zone={zone}
          onBooked={(booked) => {
            setBooking(null)
            say(bookedMessage(booked, zone, t))
            // Someone with a booking ahead is no longer due.
            void cache.invalidate('/recalls')
          }}
          onClose={() => setBooking(null)}
        />
      )}
    </section>
  )
}
