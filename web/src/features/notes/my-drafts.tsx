import { Link } from 'react-router'
import { DraftListSchema } from '../../../../shared/contracts/notes.ts'
import { formatDate, formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'

/**
 * "My unsigned notes": the drafts the signed-in person wrote, most recently edited first, each
 * linking to the patient's notes tab. Links carry the patient's id only, never a name
 * (no patient data in URLs). An audited read, like the notes themselves.
 */
export function MyDrafts() {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const read = useApiQuery('/notes/drafts', { schema: DraftListSchema, isAuditedRead: true })
  const drafts = read.data?.drafts
  return (
    <section className="card section-gap" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('notes.draftsHeading')}</h2>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {drafts === undefined && read.error == null && <p role="status">{t('app.loading')}</p>}
      {drafts?.length === 0 && <p className="muted">{t('notes.noDrafts')}</p>}
      {drafts && drafts.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('notes.draftsHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notes.draftPatient')}</th>
                <th scope="col">{t('notes.draftVisit')}</th>
                <th scope="col">{t('notes.draftEdited')}</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft) => (
                <tr key={draft.id}>
                  <td>
                    <Link to={`/patients/${draft.patientId}?tab=notes`}>{draft.patientName}</Link>
                  </td>
                  <td>{formatDate(draft.visitDate)}</td>
                  <td>{formatDateTime(draft.updatedAt, zone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
