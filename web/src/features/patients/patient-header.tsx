import type { OpenedPatient } from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { AlertList } from '../history/alert-list.tsx'
import { ageText, phoneText, sexLabelKey } from './patient-labels.ts'

/**
 * Who the patient is, on every tab: name, number, age, sex and phone, and for those who may see
 * clinical data the alerts a clinician must see before touching them.
 */
export function PatientHeader({ patient }: { patient: OpenedPatient }) {
  const t = useT()
  return (
    <div className="patient-header card">
      <div className="patient-header-main">
        <h1 id="page-heading">{patient.fullName}</h1>
        <dl className="patient-facts">
          <div>
            <dt>{t('patients.number')}</dt>
            <dd className="identifier">{patient.patientNumber}</dd>
          </div>
          <div>
            <dt>{t('patients.age')}</dt>
            <dd>{ageText(patient.ageYears, t)}</dd>
          </div>
          <div>
            <dt>{t('patients.sex')}</dt>
            <dd>{t(sexLabelKey(patient.sex))}</dd>
          </div>
          <div>
            <dt>{t('patients.phone')}</dt>
            <dd>{phoneText(patient.phone)}</dd>
          </div>
        </dl>
        {patient.alerts && !patient.mergedIntoId && <AlertList alerts={patient.alerts} />}
      </div>
    </div>
  )
}
