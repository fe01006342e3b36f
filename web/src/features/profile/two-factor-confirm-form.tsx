import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'

export function TwoFactorConfirmForm({ onConfirmed }: { onConfirmed: () => Promise<void> }) {
  const t = useT()
  const form = useForm()
  const [code, setCode] = useState('')

  const validate = (): FieldErrors => (code.trim() ? {} : { code: t('form.required') })
  const send = async () => {
    await api('/me/two-factor/confirm', { method: 'POST', body: { code: code.replace(/\s/g, '') } })
    await onConfirmed()
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('profile.twoFactorCode')}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        value={code}
        onChange={setCode}
        error={form.errorFor('code')}
        className="field-narrow"
      />
      <button type="submit" disabled={form.isSending}>
        {form.isSending ? t('form.sending') : t('profile.twoFactorConfirm')}
      </button>
    </form>
  )
}
