import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { ConsentStateSchema, NoticeSchema } from '../../../../shared/contracts/consent.ts'
import { type Language, languageNames, languages } from '../../i18n/messages.ts'
import { ScopedLanguage } from '../../i18n/scoped-language.tsx'
import { useLanguage, useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { NotFoundPage } from '../../ui/not-found-page.tsx'
import { PageTitle } from '../../ui/page-title.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { usePatient } from '../patients/use-patient.ts'
import {
  type Answers,
  type ConsentItem,
  type ConsentNotice,
  captureBlocker,
  type GivenBy,
} from './consent-api.ts'
import type { ConsentFlash } from './consent-section.tsx'

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ADULT_AGE = 18

/** /patients/:id/consent: the notice and the choices, on a tablet handed to the patient. */
export function ConsentCaptureRoute() {
  const { id = '' } = useParams()
  const { language: appLanguage } = useLanguage()
  const [language, setLanguage] = useState<Language>(appLanguage)
  if (!uuidPattern.test(id)) return <NotFoundPage />
  return (
    <ScopedLanguage language={language}>
      <ConsentCapturePage key={id} id={id} language={language} onLanguage={setLanguage} />
    </ScopedLanguage>
  )
}

type NoticeState =
  | { kind: 'loading' }
  | { kind: 'loaded'; notice: ConsentNotice }
  | { kind: 'failed'; error: unknown }

function ConsentCapturePage({
  id,
  language,
  onLanguage,
}: {
  id: string
  language: Language
  onLanguage: (language: Language) => void
}) {
  const t = useT()
  const navigate = useNavigate()
  const { state: patientState } = usePatient(id, null)
  const [answers, setAnswers] = useState<Answers>({})
  const [chosenGivenBy, setGivenBy] = useState<GivenBy | null>(null)
  const [isConfirmed, setConfirmed] = useState(false)
  const [isSending, setSending] = useState(false)
  const [error, setError] = useState<unknown>(null)

  // The notice is shown in the patient's own language when we have it (DPDP Rules
  // 2025, r.3: a notice the Data Principal can understand); staff can still switch.
  const preferred = patientState.kind === 'loaded' ? patientState.patient.preferredLanguage : null
  const hasFollowedPreference = useRef(false)
  useEffect(() => {
    if (preferred === null || hasFollowedPreference.current) return
    hasFollowedPreference.current = true
    const match = languages.find((candidate) => candidate === preferred)
    if (match && match !== language) onLanguage(match)
  }, [preferred, language, onLanguage])

  const noticeRead = useApiQuery(`/consent/notice?language=${language}`, {
    schema: NoticeSchema,
  })
  const notice: NoticeState = noticeRead.isError
    ? { kind: 'failed', error: noticeRead.error }
    : noticeRead.data
      ? { kind: 'loaded', notice: noticeRead.data }
      : { kind: 'loading' }

  if (patientState.kind === 'failed') {
    return (
      <section className="page" aria-labelledby="page-heading">
        <h1 id="page-heading">{t('consent.captureTitle')}</h1>
        <ErrorAlert>{apiErrorMessage(patientState.error, t)}</ErrorAlert>
      </section>
    )
  }
  if (patientState.kind === 'loading') {
    return (
      <p className="app-loading" role="status">
        {t('app.loading')}
      </p>
    )
  }

  const { patient } = patientState
  const isMinor = patient.ageYears < ADULT_AGE
  const givenBy: GivenBy | null = isMinor ? 'guardian' : chosenGivenBy
  const blocker = captureBlocker(answers, givenBy, isConfirmed)
  const blockerText =
    blocker === null
      ? t('consent.ready')
      : blocker.kind === 'unanswered'
        ? t('consent.remaining', { count: String(blocker.count) })
        : blocker.kind === 'givenBy'
          ? t('consent.needGivenBy')
          : t('consent.needConfirm')

  const submit = async () => {
    if (notice.kind !== 'loaded' || blocker !== null || !givenBy) return
    setSending(true)
    setError(null)
    try {
      await api(`/patients/${id}/consent`, {
        schema: ConsentStateSchema,
        method: 'POST',
        body: {
          noticeId: notice.notice.id,
          items: answers,
          captureChannel: 'in_person_tablet',
          givenBy,
        },
      })
      const flash: ConsentFlash = { consentRecorded: true }
      navigate(`/patients/${id}?tab=consent`, { state: flash })
    } catch (failure) {
      setError(failure)
      setSending(false)
    }
  }

  return (
    <section className="page consent-capture" lang={language} aria-labelledby="page-heading">
      <PageTitle title={t('consent.captureTitle')} />
      <p className="breadcrumb">
        <Link to={`/patients/${id}?tab=consent`}>{t('consent.backToPatient')}</Link>
      </p>
      <fieldset className="consent-language">
        <legend>{t('consent.chooseLanguage')}</legend>
        {languages.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            className={option === language ? 'consent-toggle is-selected' : 'consent-toggle'}
            aria-pressed={option === language}
            onClick={() => onLanguage(option)}
          >
            {languageNames[option]}
          </button>
        ))}
      </fieldset>
      {notice.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {notice.kind === 'failed' && <ErrorAlert>{apiErrorMessage(notice.error, t)}</ErrorAlert>}
      {notice.kind === 'loaded' && (
        <>
          <h1 id="page-heading">{notice.notice.content.title}</h1>
          <p className="muted">
            {t('consent.captureFor', { name: patient.fullName, number: patient.patientNumber })}
          </p>
          <NoticeText notice={notice.notice} />
          <form
            className="consent-form"
            onSubmit={(event) => {
              event.preventDefault()
              void submit()
            }}
          >
            <h2>{t('consent.choicesHeading')}</h2>
            <p>{t('consent.choicesIntro')}</p>
            {notice.notice.content.items.map((item) => (
              <YesNo
                key={item.key}
                item={item.key}
                label={item.label}
                value={answers[item.key]}
                onChange={(value) => setAnswers((current) => ({ ...current, [item.key]: value }))}
              />
            ))}
            <fieldset className="consent-choice">
              <legend>{t('consent.givenByLegend')}</legend>
              {isMinor && <p className="consent-minor">{t('consent.givenByMinor')}</p>}
              <div className="consent-choice-options">
                {(['patient', 'guardian'] as const).map((option) => (
                  <label key={option} className="consent-option">
                    <input
                      type="radio"
                      name="givenBy"
                      value={option}
                      checked={givenBy === option}
                      disabled={isMinor && option === 'patient'}
                      onChange={() => setGivenBy(option)}
                    />
                    {t(`consent.givenBy.${option}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <label className="consent-confirm">
              <input
                type="checkbox"
                checked={isConfirmed}
                onChange={(event) => setConfirmed(event.target.checked)}
              />
              {t('consent.confirm')}
            </label>
            {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
            <p id="consent-submit-state" className="consent-submit-state" aria-live="polite">
              {blockerText}
            </p>
            <button
              type="submit"
              className="consent-submit"
              disabled={blocker !== null || isSending}
              aria-describedby="consent-submit-state"
            >
              {isSending ? t('form.sending') : t('consent.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  )
}

function NoticeText({ notice }: { notice: ConsentNotice }) {
  const t = useT()
  const { content } = notice
  return (
    <div className="consent-notice">
      <p>{content.introduction}</p>
      <h2>{t('consent.dataCollected')}</h2>
      <ul>
        {content.dataCollected.map((entry) => (
          <li key={entry}>{entry}</li>
        ))}
      </ul>
      <h2>{t('consent.howToWithdraw')}</h2>
      <p>{content.howToWithdraw}</p>
      <h2>{t('consent.yourRights')}</h2>
      <p>{content.yourRights}</p>
      <h2>{t('consent.complaints')}</h2>
      <p>{content.complaints}</p>
      <h2>{t('consent.contact')}</h2>
      <p>{content.contact}</p>
    </div>
  )
}

/** One item as a Yes/No radio pair with neither chosen until the patient chooses. */
function YesNo({
  item,
  label,
  value,
  onChange,
}: {
  item: ConsentItem
  label: string
  value: boolean | undefined
  onChange: (value: boolean) => void
}) {
  const t = useT()
  return (
    <fieldset className="consent-choice" data-item={item}>
      <legend>{label}</legend>
      <div className="consent-choice-options">
        {([true, false] as const).map((option) => (
          <label key={String(option)} className="consent-option">
            <input
              type="radio"
              name={`item-${item}`}
              value={option ? 'yes' : 'no'}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {option ? t('consent.yes') : t('consent.no')}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
