import type { ReactNode } from 'react'
import type { History } from '../../../../shared/contracts/history.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { conditionLabel } from './alert-text.ts'
import { HabitsAndDentalView } from './habits-and-dental-view.tsx'

/** The history as recorded, with who saved it last and when. */
export function HistoryView({ history, editButton }: { history: History; editButton: ReactNode }) {
  const t = useT()
  return (
    <section className="card section-gap history" aria-labelledby="history-heading">
      <div className="page-heading-row">
        <h2 id="history-heading">{t('history.heading')}</h2>
        {editButton}
      </div>
      {history.version === 0 ? (
        <p className="muted">{t('history.notRecorded')}</p>
      ) : (
        <>
          <p className="muted">
            {t('history.lastSaved', {
              name: history.updatedBy ?? t('history.someone'),
              date: history.updatedAt ? formatDateTime(history.updatedAt) : '',
            })}
          </p>
          {history.chiefComplaint && (
            <>
              <h3>{t('history.chiefComplaint')}</h3>
              <p className="history-complaint">{history.chiefComplaint}</p>
            </>
          )}
          <h3>{t('history.conditionsHeading')}</h3>
          {history.conditions.length === 0 ? (
            <p className="muted">{t('history.noConditions')}</p>
          ) : (
            <ul className="history-list">
              {history.conditions.map((condition) => (
                <li key={condition.code}>
                  <strong>{conditionLabel(condition.code, t)}</strong>
                  {condition.since && ` (${t('history.since', { since: condition.since })})`}
                  {condition.hba1cPercent !== undefined &&
                    `, ${t('history.hba1cValue', { value: String(condition.hba1cPercent) })}`}
                  {condition.note && `: ${condition.note}`}
                </li>
              ))}
            </ul>
          )}
          <AllergiesTable history={history} />
          <MedicationsTable history={history} />
          <HabitsAndDentalView history={history} />
        </>
      )}
    </section>
  )
}

function AllergiesTable({ history }: { history: History }) {
  const t = useT()
  return (
    <>
      <h3>{t('history.allergiesHeading')}</h3>
      {history.allergies.length === 0 ? (
        <p className="muted">{t('history.noAllergies')}</p>
      ) : (
        <table className="data-table history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.substance')}</th>
              <th scope="col">{t('history.category')}</th>
              <th scope="col">{t('history.severity')}</th>
              <th scope="col">{t('history.reaction')}</th>
            </tr>
          </thead>
          <tbody>
            {history.allergies.map((allergy, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a saved list, shown as it is.
              <tr key={index}>
                <th scope="row">{allergy.substance}</th>
                <td>{t(`history.category.${allergy.category}`)}</td>
                <td>{t(`history.severity.${allergy.severity}`)}</td>
                <td>{allergy.reaction}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

function MedicationsTable({ history }: { history: History }) {
  // Ticked by staff, or recognised by name on the server (the same list the alerts use).
  const thinners = new Set(
    history.alerts.filter((alert) => alert.kind === 'blood_thinner').map((alert) => alert.text),
  )
  const t = useT()
  return (
    <>
      <h3>{t('history.medicationsHeading')}</h3>
      {history.medications.length === 0 ? (
        <p className="muted">{t('history.noMedications')}</p>
      ) : (
        <table className="data-table history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.medicineName')}</th>
              <th scope="col">{t('history.dose')}</th>
              <th scope="col">{t('history.frequency')}</th>
              <th scope="col">{t('history.isBloodThinner')}</th>
            </tr>
          </thead>
          <tbody>
            {history.medications.map((medication, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a saved list, shown as it is.
              <tr key={index}>
                <th scope="row">{medication.name}</th>
                <td>{medication.dose}</td>
                <td>{medication.frequency}</td>
                <td>
                  {medication.isBloodThinner || thinners.has(medication.name)
                    ? t('history.yes')
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
