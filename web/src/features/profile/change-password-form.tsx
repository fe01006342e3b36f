import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { passwordLengthError } from '../auth/password-rules.ts'

export function ChangePasswordForm() {
  const t = useT()
  const form = useForm()
  const [currentPassword, setCurrentPassword] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [isChanged, setChanged] = useState(false)

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (!currentPassword) errors.currentPassword = t('form.required')
    const passwordError = passwordLengthError(newPassword, t)
    if (passwordError) errors.newPassword = passwordError
    if (!repeated) errors.repeatPassword = t('form.required')
    else if (repeated !== newPassword) errors.repeatPassword = t('password.mismatch')
    return errors
  }

  const send = async () => {
    setChanged(false)
    await api('/me/password', { method: 'POST', body: { currentPassword, newPassword } })
    setCurrentPassword('')
    setNewPassword('')
    setRepeated('')
    setChanged(true)
  }

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('profile.passwordHeading')}</h2>
      <StatusMessage>{isChanged ? t('profile.passwordChanged') : null}</StatusMessage>
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        <TextField
          label={t('profile.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={form.errorFor('currentPassword')}
        />
        <TextField
          label={t('reset.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={t('password.hint')}
          value={newPassword}
          onChange={setNewPassword}
          error={form.errorFor('newPassword')}
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
          {form.isSending ? t('form.sending') : t('profile.passwordSubmit')}
        </button>
      </form>
    </section>
  )
}
