import { useState } from 'react'
import { Link } from 'react-router'
import { PatientListSchema } from '../../../../shared/contracts/patients.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { ageSexText, phoneText } from './patient-labels.ts'
import { type KeyedRequest, useDebouncedRequest } from './use-debounced-request.ts'

/** Patients on one page of the list: a screenful at a reception desk. */
export const LIST_PAGE_SIZE = 20

// Only the page number goes in the URL: no name, number or phone (CODE_STYLE.md rule 10).
const loadPage = (page: string): KeyedRequest => ({
  path: `/patients/list?page=${page}&pageSize=${LIST_PAGE_SIZE}`,
})

/**
 * The clinic's patients, most recently seen or registered first, a page at a time. Names are
 * links (Tab reaches each one, Enter opens it); Previous and Next move between pages and the
 * page count is announced.
 */
export function PatientList() {
  const t = useT()
  const me = useMe()
  const [page, setPage] = useState(1)
  const state = useDebouncedRequest(String(page), loadPage, PatientListSchema, 0)
  const shown =
    state.kind === 'done' ? state.value : state.kind === 'waiting' ? state.previous : undefined
  const pageCount = shown ? Math.max(1, Math.ceil(shown.total / LIST_PAGE_SIZE)) : 1
  return (
    <section className="card" aria-labelledby="patient-list-heading">
      <h2 id="patient-list-heading">{t('patients.listHeading')}</h2>
      <p className="muted">{t('patients.listIntro')}</p>
      {state.kind === 'failed' && <ErrorAlert>{apiErrorMessage(state.error, t)}</ErrorAlert>}
      {shown && shown.total === 0 && <p>{t('patients.listEmpty')}</p>}
      {shown && shown.items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('patients.listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('patients.listName')}</th>
                <th scope="col">{t('patients.listNumber')}</th>
                <th scope="col">{t('patients.listAgeSex')}</th>
                <th scope="col">{t('patients.listMobile')}</th>
                <th scope="col">{t('patients.listLastVisit')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((patient) => (
                <tr key={patient.id}>
                  <th scope="row">
                    <Link to={`/patients/${patient.id}`}>{patient.fullName}</Link>
                  </th>
                  <td className="patient-number">{patient.patientNumber}</td>
                  <td>{ageSexText(patient, t)}</td>
                  <td className="cell-nowrap">{phoneText(patient.phone)}</td>
                  <td>
                    {patient.lastVisitAt
                      ? formatDate(patient.lastVisitAt, me.clinic.timeZone)
                      : t('patients.listNoVisit')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && shown.total > LIST_PAGE_SIZE && (
        <nav className="button-row" aria-label={t('patients.listPages')}>
          <button
            type="button"
            className="button-secondary"
            disabled={page <= 1 || state.kind === 'waiting'}
            onClick={() => setPage(page - 1)}
          >
            {t('patients.listPrevious')}
          </button>
          <p aria-live="polite">
            {t('patients.listPageOf', { page: String(page), count: String(pageCount) })}
          </p>
          <button
            type="button"
            className="button-secondary"
            disabled={page >= pageCount || state.kind === 'waiting'}
            onClick={() => setPage(page + 1)}
          >
            {t('patients.listNext')}
          </button>
        </nav>
      )}
    </section>
  )
}
