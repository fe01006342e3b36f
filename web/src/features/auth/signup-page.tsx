import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { MeSchema } from '../../../../shared/contracts/auth.ts'
import { INDIAN_STATES } from '../../../../shared/india/states.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { AuthCard } from '../../ui/auth-card.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { passwordLengthError } from './password-rules.ts'
import { useSession } from './use-session.ts'

export function SignupPage() {
  const t = useT()
  const { signedIn } = useSession()
  const navigate = useNavigate()
  const form = useForm()
  const [clinicName, setClinicName] = useState('')
  const [ownerName, setOwnerName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [state, setState] = useState('')

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (!clinicName.trim()) errors.clinicName = t('form.required')
    if (!ownerName.trim()) errors.ownerName = t('form.required')
    if (!email.trim()) errors.email = t('form.required')
    const passwordError = passwordLengthError(password, t)
    if (passwordError) errors.password = passwordError
    if (!state) errors.state = t('signup.stateRequired')
    return errors
  }

  const send = async () => {
    const me = await api('/auth/signup', {
      schema: MeSchema,
      method: 'POST',
      body: { clinicName, ownerName, email, password, state },
      isSignInAttempt: true,
    })
    signedIn(me)
    navigate('/', { replace: true })
  }

  return (
    <AuthCard
      title={t('signup.title')}
      intro={t('signup.intro')}
      footer={
        <p>
          {t('signup.haveAccount')} <Link to="/login">{t('signup.signIn')}</Link>
        </p>
      }
    >
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        <TextField
          label={t('signup.clinicName')}
          name="clinicName"
          autoComplete="organization"
          value={clinicName}
          onChange={setClinicName}
          error={form.errorFor('clinicName')}
        />
        <SelectField
          label={t('signup.state')}
          name="state"
          hint={t('signup.stateHint')}
          value={state}
          onChange={setState}
          error={form.errorFor('state')}
        >
          <option value="">{t('signup.statePlaceholder')}</option>
          {INDIAN_STATES.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('signup.ownerName')}
          name="ownerName"
          autoComplete="name"
          value={ownerName}
          onChange={setOwnerName}
          error={form.errorFor('ownerName')}
        />
        <TextField
          label={t('signup.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={form.errorFor('email')}
        />
        <TextField
          label={t('signup.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t('password.hint')}
          value={password}
          onChange={setPassword}
          error={form.errorFor('password')}
        />
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('signup.submit')}
        </button>
      </form>
    </AuthCard>
  )
}
