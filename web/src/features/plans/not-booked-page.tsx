import { useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import {
  type NotBookedList,
  NotBookedListSchema,
  type NotBookedRow,
} from '../../../../shared/contracts/plans.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { bucketsOf } from './age-buckets.ts'
import { AgeChart } from './age-chart.tsx'
import { DeferralDialog } from './deferral-dialog.tsx'
import { planPath } from './plan-api.ts'
import './plans.css'

const NOT_BOOKED = '/plans/not-booked'

/**
 * /clinical/not-booked: treatment patients accepted and have not booked, the most valuable first,
 * with how long ago they accepted and why they last put it off. Clinics lose this work quietly;
 * the list is who to call. Doctors and assistants see their care teams' patients (RLS).
 */
export function NotBookedPage() {
  const t = useT()
  const cache = useApiCache()
  const read = useApiQuery(NOT_BOOKED, { schema: NotBookedListSchema })
  const [deferring, setDeferring] = useState<NotBookedRow | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  // The doctor filter is applied here, over the list already read: its options are the doctors
  // who have patients on the list, and changing it costs no request. It lives in the address
  // (?doctor=), so a doctor's own list can be bookmarked.
  const [params, setParams] = useSearchParams()
  const doctorId = params.get('doctor') ?? ''
  const doctors = useMemo(() => doctorsOf(read.data?.rows ?? []), [read.data])
  const list = useMemo(() => filterByDoctor(read.data, doctorId), [read.data, doctorId])

  return (
    <section className="page page-wide not-booked" aria-labelledby="page-heading">
      <PageHeader title={t('plans.notBooked.title')} intro={t('plans.notBooked.intro')} />
      <p>
        <Link to="/clinical">{t('plans.notBooked.back')}</Link>
      </p>
      <StatusMessage>{status}</StatusMessage>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {!list && read.error == null && <p role="status">{t('app.loading')}</p>}
      {doctors.length > 1 && (
        <p className="not-booked-filter">
          <label>
            {t('plans.notBooked.doctorFilter')}{' '}
            <select
              name="doctor"
              value={doctorId}
              onChange={(event) => {
                const next = new URLSearchParams(params)
                if (event.target.value === '') next.delete('doctor')
                else next.set('doctor', event.target.value)
                setParams(next, { replace: true })
              }}
            >
              <option value="">{t('plans.notBooked.allDoctors')}</option>
              {doctors.map((doctor) => (
                <option key={doctor.id} value={doctor.id}>
                  {doctor.name}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      {list?.rows.length === 0 && <p className="muted">{t('plans.notBooked.empty')}</p>}
      {list && list.rows.length > 0 && (
        <>
          <p className="not-booked-total">
            {t('plans.notBooked.total', {
              count: String(list.rows.length),
              value: formatPaise(list.totalValuePaise),
            })}
          </p>
          <div className="table-scroll">
            <table className="data-table not-booked-table">
              <caption className="visually-hidden">{t('plans.notBooked.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.notBooked.patient')}</th>
                  <th scope="col">{t('plans.notBooked.plan')}</th>
                  <th scope="col">{t('plans.notBooked.doctor')}</th>
                  <th scope="col" className="numeric">
                    {t('plans.notBooked.value')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('plans.notBooked.age')}
                  </th>
                  <th scope="col">{t('plans.notBooked.lastDeferral')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('plans.notBooked.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.planId} data-plan={row.planId}>
                    <th scope="row">
                      <Link to={`/patients/${row.patientId}?tab=plans`}>{row.patientName}</Link>
                    </th>
                    <td>{row.planTitle}</td>
                    <td>{row.doctorName}</td>
                    <td className="numeric">{formatPaise(row.valuePaise)}</td>
                    <td className="numeric">
                      {t('plans.notBooked.days', { days: String(row.ageDays) })}
                    </td>
                    <td>
                      {row.lastDeferral
                        ? [
                            t(`plans.deferralReason.${row.lastDeferral.reason}` as MessageKey),
                            row.lastDeferral.followUpOn &&
                              t('plans.notBooked.followUp', {
                                date: formatDate(row.lastDeferral.followUpOn),
                              }),
                          ]
                            .filter(Boolean)
                            .join(' · ')
                        : '—'}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button-secondary button-small-text"
                        onClick={() => {
                          setStatus(null)
                          setDeferring(row)
                        }}
                      >
                        {t('plans.recordDeferral')}
                        <span className="visually-hidden"> {row.patientName}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <AgeChart buckets={bucketsOf(list.rows)} />
        </>
      )}
      <DeferralDialog
        row={deferring}
        onClose={() => setDeferring(null)}
        onSave={async (row, body) => {
          await api(`${planPath(row.patientId, row.planId)}/deferrals`, { method: 'POST', body })
          await cache.invalidate(NOT_BOOKED)
          setStatus(t('plans.deferralSaved', { patient: row.patientName }))
        }}
      />
    </section>
  )
}

function doctorsOf(rows: NotBookedRow[]): { id: string; name: string }[] {
  const byId = new Map(rows.map((row) => [row.doctorId, row.doctorName]))
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
}

function filterByDoctor(list: NotBookedList | undefined, doctorId: string) {
  if (!list || doctorId === '') return list
  const rows = list.rows.filter((row) => row.doctorId === doctorId)
  return { rows, totalValuePaise: rows.reduce((sum, row) => sum + row.valuePaise, 0) }
}
