import { useState } from 'react'
import type { Role } from '../../../../shared/access/capabilities.ts'
import { type Invitation, InvitationSchema } from '../../../../shared/contracts/staff.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import {
  changedPrescriberDetails,
  NO_PRESCRIBER_DETAILS,
  PrescriberFields,
} from './prescriber-fields.tsx'
import { RoleOptions } from './role-options.tsx'

export function InviteForm({
  roles,
  onInvited,
}: {
  roles: Role[]
  onInvited: (invitation: Invitation) => Promise<void>
}) {
  const t = useT()
  const form = useForm()
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<Role | ''>('')
  const [prescriber, setPrescriber] = useState(NO_PRESCRIBER_DETAILS)
  const isDoctor = role === 'doctor'

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (!email.trim()) errors.email = t('form.required')
    if (!role) errors.role = t('staff.roleRequired')
    return errors
  }

  const send = async () => {
    const invitation = await api('/staff/invitations', {
      schema: InvitationSchema,
      method: 'POST',
      body: {
        email,
        role,
        // Only what was typed: an empty field is simply left out of a new invitation.
        ...(isDoctor ? changedPrescriberDetails(prescriber, NO_PRESCRIBER_DETAILS) : {}),
      },
    })
    setEmail('')
    setRole('')
    setPrescriber(NO_PRESCRIBER_DETAILS)
    await onInvited(invitation)
  }

  return (
    <section className="card section-gap" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('staff.inviteHeading')}</h2>
      <p className="muted">{t('staff.inviteIntro')}</p>
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        <div className="field-grid">
          <TextField
            label={t('staff.email')}
            name="email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={setEmail}
            error={form.errorFor('email')}
          />
          <SelectField
            label={t('staff.role')}
            name="role"
            value={role}
            onChange={(value) => setRole(value as Role | '')}
            error={form.errorFor('role')}
          >
            <option value="">{t('form.choose')}</option>
            <RoleOptions roles={roles} />
          </SelectField>
          {isDoctor && (
            <PrescriberFields
              value={prescriber}
              onChange={setPrescriber}
              errorFor={form.errorFor}
            />
          )}
        </div>
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('staff.inviteSubmit')}
        </button>
      </form>
    </section>
  )
}
