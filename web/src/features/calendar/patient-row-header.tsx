import { Link } from 'react-router'

/**
 * The row header of a table of patients' visits: the name, linked to the patient's page when
 * the person may see it, then the patient number.
 */
export function PatientRowHeader({
  patient,
  name,
}: {
  /** Name and number are null for roles that do not see patients. */
  patient: { id: string; fullName: string | null; patientNumber: string | null }
  /** What to call the patient (a placeholder when the name is hidden). */
  name: string
}) {
  return (
    <th scope="row">
      {patient.fullName ? <Link to={`/patients/${patient.id}`}>{name}</Link> : name}{' '}
      <span className="patient-number cell-secondary">{patient.patientNumber}</span>
    </th>
  )
}
