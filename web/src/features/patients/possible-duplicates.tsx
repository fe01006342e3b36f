import { useId } from 'react'
import { Link } from 'react-router'
import type { PatientSummary } from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { ageSexText, phoneText } from './patient-labels.ts'

/**
 * Patients already registered who may be the same person (same mobile number, or a similar name
 * born the same day). A warning, never a block: families share phones and names repeat.
 */
export function PossibleDuplicates({
  patients,
  intro,
}: {
  patients: PatientSummary[]
  intro: string
}) {
  const t = useT()
  const headingId = useId()
  const count = patients.length
  return (
    <>
      {/* Kept mounted so screen readers hear when matches appear while the form is filled in. */}
      <p role="status" className="visually-hidden">
        {count > 0 ? t('patients.duplicatesFound', { count: String(count) }) : ''}
      </p>
      {count > 0 && (
        <section className="notice notice-warning" aria-labelledby={headingId}>
          <h2 id={headingId}>
            {count === 1 ? t('patients.duplicateHeadingOne') : t('patients.duplicateHeadingMany')}
          </h2>
          <p>{intro}</p>
          <ul className="duplicate-list">
            {patients.map((patient) => (
              <li key={patient.id}>
                <Link to={`/patients/${patient.id}`}>{patient.fullName}</Link>
                <span className="duplicate-meta">
                  <span className="patient-number">{patient.patientNumber}</span>
                  <span>{ageSexText(patient, t)}</span>
                  <span>{phoneText(patient.phone)}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
