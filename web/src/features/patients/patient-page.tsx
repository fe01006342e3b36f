import { useEffect, useRef, useState } from 'react'
import { Link, useParams } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { can, type Patient } from '../../lib/api-types.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { NotFoundPage } from '../../ui/not-found-page.tsx'
import { PageTitle } from '../../ui/page-title.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { ConsentSection } from '../consent/consent-section.tsx'
import { PatientDetails } from './patient-details.tsx'
import { PatientForm } from './patient-form.tsx'
import { ageText, phoneText, sexLabelKey } from './patient-labels.ts'
import { PossibleDuplicates } from './possible-duplicates.tsx'
import { forgetRegistration, takeRegistration } from './registration-flash.ts'
import { usePatient } from './use-patient.ts'

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** /patients/:id. Keyed by the id, so following a link to another patient starts afresh. */
export function PatientRoute() {
  const { id = '' } = useParams()
  if (!uuidPattern.test(id)) return <NotFoundPage />
  return <PatientPage key={id} id={id} />
}

function PatientPage({ id }: { id: string }) {
  const t = useT()
  const me = useMe()
  const [registration] = useState(() => takeRegistration(id))
  const { state, replace } = usePatient(id, registration)
  const [isEditing, setEditing] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const editButtonRef = useRef<HTMLButtonElement>(null)
  const shouldFocusEdit = useRef(false)

  // The warning about possible duplicates is shown on this visit only.
  useEffect(() => forgetRegistration(id), [id])
  useEffect(() => {
    if (!isEditing && shouldFocusEdit.current) editButtonRef.current?.focus()
  }, [isEditing])

  if (state.kind === 'loading') {
    return (
      <p className="app-loading" role="status">
        {t('app.loading')}
      </p>
    )
  }
  if (state.kind === 'failed') {
    const isMissing = state.error instanceof ApiError && state.error.status === 404
    return (
      <section className="page" aria-labelledby="page-heading">
        <PageTitle title={t('patients.title')} />
        <h1 id="page-heading">{t('patients.title')}</h1>
        <ErrorAlert>
          {isMissing ? t('patients.notFound') : apiErrorMessage(state.error, t)}
        </ErrorAlert>
        <p>
          <Link to="/patients">{t('patients.backToList')}</Link>
        </p>
      </section>
    )
  }

  const { patient } = state
  const stopEditing = (message: string | null) => {
    shouldFocusEdit.current = true
    setStatus(message)
    setEditing(false)
  }
  const onSaved = (saved: Patient | null) => {
    if (saved) replace(saved)
    stopEditing(saved ? t('patients.saved') : t('patients.noChanges'))
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      {/* The number, not the name: titles are kept in browser history. */}
      <PageTitle title={t('patients.pageTitle', { number: patient.patientNumber })} />
      <p className="breadcrumb">
        <Link to="/patients">{t('patients.backToList')}</Link>
      </p>
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
        </div>
        {can(me, 'patient.write') && !isEditing && (
          <button
            ref={editButtonRef}
            type="button"
            className="button-secondary"
            onClick={() => {
              setStatus(null)
              setEditing(true)
            }}
          >
            {t('patients.edit')}
          </button>
        )}
      </div>
      <StatusMessage>
        {status ??
          (registration ? t('patients.registered', { number: registration.patientNumber }) : null)}
      </StatusMessage>
      {registration && !isEditing && (
        <PossibleDuplicates
          patients={registration.possibleDuplicates}
          intro={t('patients.duplicatesAfterRegistration')}
        />
      )}
      {isEditing ? (
        <section className="section-gap" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="edit-heading">
            {t('patients.editHeading')}
          </h2>
          <PatientForm patient={patient} onSaved={onSaved} onCancel={() => stopEditing(null)} />
        </section>
      ) : (
        <PatientDetails patient={patient} />
      )}
      <ConsentSection patientId={patient.id} canWrite={can(me, 'patient.write')} />
    </section>
  )
}
