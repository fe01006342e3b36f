import type { PatientSummary } from '../../../../shared/contracts/patients.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ageSexText, phoneText } from './patient-labels.ts'

/** The record kept and the duplicate, side by side, so staff can see they are one person. */
export function MergeComparison({
  kept,
  duplicate,
}: {
  kept: PatientSummary
  duplicate: PatientSummary
}) {
  const t = useT()
  const rows: {
    label: string
    value: (patient: PatientSummary) => string
    isIdentifier?: boolean
  }[] = [
    { label: t('patients.fullName'), value: (patient) => patient.fullName },
    {
      label: t('patients.number'),
      value: (patient) => patient.patientNumber,
      isIdentifier: true,
    },
    { label: t('patients.age'), value: (patient) => ageSexText(patient, t) },
    { label: t('patients.dateOfBirth'), value: (patient) => formatDate(patient.dateOfBirth) },
    { label: t('patients.phone'), value: (patient) => phoneText(patient.phone) },
  ]
  return (
    <div className="table-scroll">
      <table className="data-table merge-comparison">
        <caption className="visually-hidden">{t('merge.compareCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('merge.kept')}</th>
            <th scope="col">{t('merge.duplicate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {[kept, duplicate].map((patient) => (
                <td key={patient.id} className={row.isIdentifier ? 'identifier' : undefined}>
                  {row.value(patient)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
