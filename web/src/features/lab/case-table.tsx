import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { LabCase } from '../../../../shared/contracts/lab.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { materialKey, statusKey, workTypeKey } from './lab-api.ts'

export interface CaseTableProps {
  caption: string
  cases: LabCase[]
  /** The patient column: on the board, not on the patient's own tab. */
  isPatientShown: boolean
  isOverdueShown?: boolean
  actions?: (row: LabCase) => ReactNode
}

/** Lab cases as a table: work, teeth, lab, dates (DD/MM/YYYY), status and when it was reached. */
export function CaseTable({
  caption,
  cases,
  isPatientShown,
  isOverdueShown = false,
  actions,
}: CaseTableProps) {
  const t = useT()
  const daysText = (days: number) =>
    days === 1 ? t('lab.oneDayOverdue') : t('lab.daysOverdue', { days: String(days) })
  return (
    <div className="table-scroll">
      <table className="data-table lab-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {isPatientShown && <th scope="col">{t('lab.column.patient')}</th>}
            <th scope="col">{t('lab.column.work')}</th>
            <th scope="col">{t('lab.column.teeth')}</th>
            <th scope="col">{t('lab.column.lab')}</th>
            <th scope="col">{t('lab.column.sent')}</th>
            <th scope="col">{t('lab.column.due')}</th>
            {isOverdueShown && <th scope="col">{t('lab.column.overdue')}</th>}
            <th scope="col">{t('lab.column.status')}</th>
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('lab.column.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {cases.map((row) => (
            <tr key={row.id} data-case={row.id} data-status={row.status}>
              {isPatientShown && (
                <th scope="row">
                  <Link to={`/patients/${row.patientId}?tab=lab`}>{row.patientName}</Link>
                </th>
              )}
              <td>
                {t(workTypeKey(row.workType))}
                {(row.material || row.shade) && (
                  <span className="muted lab-detail">
                    {[row.material && t(materialKey(row.material)), row.shade]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                )}
              </td>
              <td>{row.teeth.join(', ')}</td>
              <td>{row.labName}</td>
              <td>{formatDate(row.sentOn)}</td>
              <td>{formatDate(row.dueOn)}</td>
              {isOverdueShown && <td>{row.daysOverdue ? daysText(row.daysOverdue) : '—'}</td>}
              <td>{statusText(row)}</td>
              {actions && <td>{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )

  function statusText(row: LabCase): string {
    const status = t(statusKey(row.status))
    const last = row.events.findLast((event) => event.status === row.status)
    const dated = last ? t('lab.statusOn', { status, date: formatDate(last.occurredOn) }) : status
    return row.remakeReason ? `${dated}: ${row.remakeReason}` : dated
  }
}
