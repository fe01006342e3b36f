import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'

export function TwoFactorDisableForm({ onDisabled }: { onDisabled: () => Promise<void> }) {
  const t = useT()
  const form = useForm()
  const [password, setPassword] = useState('')

  const validate = (): FieldErrors => (password ? {} : { password: t('form.required') })
  const send = async () => {
    await api('/me/two-factor/disable', { method: 'POST', body: { password } })
    setPassword('')
    await onDisabled()
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('profile.currentPassword')}
        name="password"
        type="password"
        autoComplete="current-password"
        hint={t('profile.twoFactorDisableHint')}
        value={password}
        onChange={setPassword}
        error={form.errorFor('password')}
      />
      <button type="submit" className="button-danger" disabled={form.isSending}>
        {form.isSending ? t('form.sending') : t('profile.twoFactorDisable')}
      </button>
    </form>
  )
}
