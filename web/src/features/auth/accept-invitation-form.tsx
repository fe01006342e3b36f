import { useState } from 'react'
import { type InvitationSummary, type Me, MeSchema } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { roleLabelKey } from '../../ui/role-label.ts'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { passwordLengthError } from './password-rules.ts'

/**
 * New people choose their name and password; someone who already has an account (at another
 * clinic) only confirms it with their existing password.
 */
export function AcceptInvitationForm({
  token,
  invitation,
  onAccepted,
}: {
  token: string
  invitation: InvitationSummary
  onAccepted: (me: Me) => void
}) {
  const t = useT()
  const form = useForm()
  const [fullName, setFullName] = useState('')
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const { hasAccount } = invitation

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (hasAccount) {
      if (!password) errors.password = t('form.required')
      return errors
    }
    if (!fullName.trim()) errors.fullName = t('form.required')
    const passwordError = passwordLengthError(password, t)
    if (passwordError) errors.password = passwordError
    if (!repeated) errors.repeatPassword = t('form.required')
    else if (repeated !== password) errors.repeatPassword = t('password.mismatch')
    return errors
  }

  const send = async () => {
    try {
      const me = await api('/auth/invitations/accept', {
        schema: MeSchema,
        method: 'POST',
        body: hasAccount ? { token, password } : { token, fullName, password },
        isSignInAttempt: true,
      })
      onAccepted(me)
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && hasAccount) {
        form.showErrors(t('invite.wrongPassword'), { password: t('invite.wrongPassword') })
        return
      }
      throw error
    }
  }

  return (
    <>
      <p>
        {t('invite.summary', {
          clinic: invitation.clinicName,
          role: t(roleLabelKey(invitation.role)),
          email: invitation.email,
        })}
      </p>
      <p className="muted">{hasAccount ? t('invite.hasAccount') : t('invite.newAccount')}</p>
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        {/* Read-only, and there so password managers file the password under this email. */}
        <TextField
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={invitation.email}
          onChange={() => {}}
          readOnly
        />
        {!hasAccount && (
          <TextField
            label={t('invite.fullName')}
            name="fullName"
            autoComplete="name"
            value={fullName}
            onChange={setFullName}
            error={form.errorFor('fullName')}
          />
        )}
        <TextField
          label={hasAccount ? t('invite.existingPassword') : t('signup.password')}
          name="password"
          type="password"
          autoComplete={hasAccount ? 'current-password' : 'new-password'}
          hint={hasAccount ? undefined : t('password.hint')}
          value={password}
          onChange={setPassword}
          error={form.errorFor('password')}
        />
        {!hasAccount && (
          <TextField
            label={t('reset.repeatPassword')}
            name="repeatPassword"
            type="password"
            autoComplete="new-password"
            value={repeated}
            onChange={setRepeated}
            error={form.errorFor('repeatPassword')}
          />
        )}
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('invite.submit')}
        </button>
      </form>
    </>
  )
}
