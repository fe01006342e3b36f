import { useState } from 'react'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { AuthCard } from '../../ui/auth-card.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'

export function ForgotPasswordPage() {
  const t = useT()
  const form = useForm()
  const [email, setEmail] = useState('')
  const [sentTo, setSentTo] = useState<string | null>(null)

  const validate = (): FieldErrors => (email.trim() ? {} : { email: t('form.required') })
  const send = async () => {
    // Always 202, so the page cannot tell anyone which emails have accounts.
    await api('/auth/password-reset', { method: 'POST', body: { email }, isSignInAttempt: true })
    setSentTo(email.trim())
  }

  return (
    <AuthCard
      title={t('forgot.title')}
      intro={sentTo ? undefined : t('forgot.intro')}
      footer={
        <p>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </p>
      }
    >
      <StatusMessage>{sentTo ? t('forgot.sent', { email: sentTo }) : null}</StatusMessage>
      {!sentTo && (
        <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
          <ErrorAlert>{form.formError}</ErrorAlert>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={form.errorFor('email')}
          />
          <button type="submit" disabled={form.isSending}>
            {form.isSending ? t('form.sending') : t('forgot.submit')}
          </button>
        </form>
      )}
    </AuthCard>
  )
}
