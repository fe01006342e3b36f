import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { AuthCard } from '../../ui/auth-card.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { clearFragment, readFragmentToken } from './fragment-token.ts'
import { passwordLengthError } from './password-rules.ts'

type Outcome = 'form' | 'done' | 'gone'

export function ResetPasswordPage() {
  const t = useT()
  const form = useForm()
  const [token] = useState(readFragmentToken)
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [outcome, setOutcome] = useState<Outcome>('form')

  useEffect(clearFragment, [])

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    const passwordError = passwordLengthError(password, t)
    if (passwordError) errors.password = passwordError
    if (!repeated) errors.repeatPassword = t('form.required')
    else if (repeated !== password) errors.repeatPassword = t('password.mismatch')
    return errors
  }

  const send = async () => {
    try {
      await api('/auth/password-reset/confirm', {
        method: 'POST',
        body: { token, password },
        isSignInAttempt: true,
      })
      setOutcome('done')
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 410) throw error
      setOutcome('gone')
    }
  }

  const askAgain = (
    <p>
      <Link to="/forgot-password">{t('reset.requestNew')}</Link>
    </p>
  )
  return (
    <AuthCard title={t('reset.title')}>
      <StatusMessage>{outcome === 'done' ? t('reset.done') : null}</StatusMessage>
      {outcome === 'done' && (
        <p>
          <Link to="/login">{t('signup.signIn')}</Link>
        </p>
      )}
      {!token && (
        <>
          <p className="alert alert-info">{t('reset.noToken')}</p>
          {askAgain}
        </>
      )}
      {outcome === 'gone' && (
        <>
          <ErrorAlert>{t('reset.gone')}</ErrorAlert>
          {askAgain}
        </>
      )}
      {token && outcome === 'form' && (
        <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
          <ErrorAlert>{form.formError}</ErrorAlert>
          <TextField
            label={t('reset.newPassword')}
            name="password"
            type="password"
            autoComplete="new-password"
            hint={t('password.hint')}
            value={password}
            onChange={setPassword}
            error={form.errorFor('password')}
          />
          <TextField
            label={t('reset.repeatPassword')}
            name="repeatPassword"
            type="password"
            autoComplete="new-password"
            value={repeated}
            onChange={setRepeated}
            error={form.errorFor('repeatPassword')}
          />
          <button type="submit" disabled={form.isSending}>
            {form.isSending ? t('form.sending') : t('reset.submit')}
          </button>
        </form>
      )}
    </AuthCard>
  )
}
