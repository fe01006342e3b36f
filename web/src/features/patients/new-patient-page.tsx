import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { PageHeader } from '../../ui/page-header.tsx'
import { PatientForm } from './patient-form.tsx'
import { rememberRegistration } from './registration-flash.ts'

export function NewPatientPage() {
  const t = useT()
  const navigate = useNavigate()
  return (
    <section className="page page-form" aria-labelledby="page-heading">
      <PageHeader title={t('patients.newTitle')} intro={t('patients.newIntro')} />
      <PatientForm
        onRegistered={(patient) => {
          rememberRegistration(patient)
          navigate(`/patients/${patient.id}`)
        }}
        onCancel={() => navigate('/patients')}
      />
    </section>
  )
}
