import { useEffect, useRef, useState } from 'react'
import { Link, Navigate, useLocation, useNavigate } from 'react-router'
import { type ClinicOption as ClinicChoice, MeSchema } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { AuthCard } from '../../ui/auth-card.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { ClinicChooser } from './clinic-chooser.tsx'
import { DevOutboxLink } from './dev-outbox-link.tsx'
import type { LoginRedirectState } from './require-session.tsx'
import { safeReturnPath } from './safe-return-path.ts'
import { useSession } from './use-session.ts'

type Step = 'credentials' | 'totp' | 'clinic'

export function LoginPage() {
  const t = useT()
  const { state: session, signedIn } = useSession()
  const navigate = useNavigate()
  const redirect = (useLocation().state ?? {}) as LoginRedirectState
  const form = useForm()
  const [step, setStep] = useState<Step>('credentials')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [totpCode, setTotpCode] = useState('')
  const [clinics, setClinics] = useState<ClinicChoice[]>([])
  const [clinicId, setClinicId] = useState('')
  const codeRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (step === 'totp') codeRef.current?.focus()
  }, [step])

  if (session.kind === 'signed-in' && !form.isSending) {
    return <Navigate to={safeReturnPath(redirect.from)} replace />
  }

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (step === 'credentials') {
      if (!email.trim()) errors.email = t('form.required')
      if (!password) errors.password = t('form.required')
    }
    if (step === 'totp' && !totpCode.trim()) errors.totpCode = t('form.required')
    if (step === 'clinic' && !clinicId) errors.clinicId = t('login.chooseClinicRequired')
    return errors
  }

  const send = async () => {
    try {
      const me = await api('/auth/login', {
        schema: MeSchema,
        method: 'POST',
        body: {
          email,
          password,
          ...(totpCode.trim() ? { totpCode: totpCode.trim() } : {}),
          ...(clinicId ? { clinicId } : {}),
        },
        isSignInAttempt: true,
      })
      signedIn(me)
      navigate(safeReturnPath(redirect.from), { replace: true })
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      handleRefusal(error)
    }
  }

  const handleRefusal = (error: ApiError) => {
    const asksForCode = error.issues.some((issue) => issue.field === 'totpCode')
    if (error.status === 401 && asksForCode && step !== 'totp') {
      setStep('totp')
      form.showErrors(null)
    } else if (
      error.status === 409 &&
      Array.isArray((error.body as { clinics?: unknown }).clinics)
    ) {
      setClinics((error.body as { clinics: ClinicChoice[] }).clinics)
      setStep('clinic')
      form.showErrors(null)
    } else if (error.status === 401 && step === 'totp') {
      form.showErrors(t('login.wrongCode'), { totpCode: t('login.enterCurrentCode') })
    } else if (error.status === 401) {
      form.showErrors(t('login.wrongCredentials'))
    } else if (error.status === 429) {
      form.showErrors(t('login.locked'))
    } else {
      throw error
    }
  }

  const startAgain = () => {
    setStep('credentials')
    setTotpCode('')
    setClinicId('')
    setPassword('')
    form.showErrors(null)
  }

  const title =
    step === 'totp'
      ? t('login.totpTitle')
      : step === 'clinic'
        ? t('login.chooseClinic')
        : t('login.title')
  return (
    <AuthCard
      title={title}
      intro={step === 'credentials' ? t('login.intro') : undefined}
      footer={
        <>
          <p>
            {t('login.noAccount')} <Link to="/signup">{t('login.signUp')}</Link>
          </p>
          <DevOutboxLink />
        </>
      }
    >
      {redirect.hasExpired && step === 'credentials' && (
        <p className="alert alert-info">{t('login.expired')}</p>
      )}
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        {step === 'credentials' && (
          <>
            <TextField
              label={t('login.email')}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={form.errorFor('email')}
            />
            <TextField
              label={t('login.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={form.errorFor('password')}
            />
          </>
        )}
        {step === 'totp' && (
          <TextField
            label={t('login.totpCode')}
            name="totpCode"
            hint={t('login.totpIntro')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={12}
            value={totpCode}
            onChange={setTotpCode}
            error={form.errorFor('totpCode')}
            inputRef={codeRef}
          />
        )}
        {step === 'clinic' && (
          <ClinicChooser
            clinics={clinics}
            value={clinicId}
            onChange={setClinicId}
            error={form.errorFor('clinicId')}
          />
        )}
        <div className="button-row">
          <button type="submit" disabled={form.isSending}>
            {form.isSending
              ? t('form.sending')
              : step === 'credentials'
                ? t('login.submit')
                : t('login.continue')}
          </button>
          {step !== 'credentials' && (
            <button type="button" className="button-secondary" onClick={startAgain}>
              {t('login.startAgain')}
            </button>
          )}
        </div>
      </form>
      {step === 'credentials' && (
        <p>
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </p>
      )}
    </AuthCard>
  )
}
