import { useEffect, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { OpenedPatient } from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { NotFoundPage } from '../../ui/not-found-page.tsx'
import { PageTitle } from '../../ui/page-title.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { MergedRecord } from './merged-record.tsx'
import { openedAfterRegistration } from './opened-patient.ts'
import { PatientHeader } from './patient-header.tsx'
import { PatientTabs, type RecordTab } from './patient-tabs.tsx'
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
  const [known] = useState<OpenedPatient | null>(() =>
    registration ? openedAfterRegistration(registration, me) : null,
  )
  const { state, update, reload } = usePatient(id, known)
  const [status, setStatus] = useState<string | null>(() =>
    registration ? t('patients.registered', { number: registration.patientNumber }) : null,
  )
  const [searchParams, setSearchParams] = useSearchParams()

  // The warning about possible duplicates is shown on this visit only.
  useEffect(() => forgetRegistration(id), [id])

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
  // Tabs live in the query string, so a link or a reload opens the same one; an unknown or
  // unavailable tab falls back to the details.
  const selectTab = (tab: RecordTab) => {
    setStatus(null)
    setSearchParams(tab === 'details' ? {} : { tab }, { replace: true })
  }
  return (
    <section className="page" aria-labelledby="page-heading">
      {/* The number, not the name: titles are kept in browser history. */}
      <PageTitle title={t('patients.pageTitle', { number: patient.patientNumber })} />
      <p className="breadcrumb">
        <Link to="/patients">{t('patients.backToList')}</Link>
      </p>
      <PatientHeader patient={patient} />
      {patient.mergedIntoId ? (
        <MergedRecord mergedIntoId={patient.mergedIntoId} />
      ) : (
        <>
          <StatusMessage>{status}</StatusMessage>
          <PatientTabs
            patient={patient}
            requestedTab={searchParams.get('tab')}
            onSelectTab={selectTab}
            registration={registration}
            onStatus={setStatus}
            onUpdate={update}
            onReload={reload}
          />
        </>
      )}
    </section>
  )
}
