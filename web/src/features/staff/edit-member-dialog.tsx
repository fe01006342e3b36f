import { useState } from 'react'
import type { Role } from '../../../../shared/access/capabilities.ts'
import { type StaffMember, StaffMemberSchema } from '../../../../shared/contracts/staff.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { RoleOptions } from './role-options.tsx'

export function EditMemberDialog({
  member,
  roles,
  onClose,
  onSaved,
}: {
  member: StaffMember | null
  roles: Role[]
  onClose: () => void
  onSaved: (member: StaffMember) => Promise<void>
}) {
  const t = useT()
  return (
    <ModalDialog
      isOpen={member !== null}
      title={t('staff.editHeading', { name: member?.fullName ?? '' })}
      onClose={onClose}
    >
      {member && (
        <EditMemberForm member={member} roles={roles} onClose={onClose} onSaved={onSaved} />
      )}
    </ModalDialog>
  )
}

function EditMemberForm({
  member,
  roles,
  onClose,
  onSaved,
}: {
  member: StaffMember
  roles: Role[]
  onClose: () => void
  onSaved: (member: StaffMember) => Promise<void>
}) {
  const t = useT()
  const form = useForm()
  const [role, setRole] = useState<Role>(member.role)
  const [registrationNumber, setRegistrationNumber] = useState(member.registrationNumber ?? '')
  const [registrationCouncil, setRegistrationCouncil] = useState(member.registrationCouncil ?? '')

  const send = async () => {
    // Only what changed is sent: a role change signs the person out, a registration edit does not.
    const change: Record<string, string | null> = {}
    if (role !== member.role) change.role = role
    if (registrationNumber.trim() !== (member.registrationNumber ?? '')) {
      change.registrationNumber = registrationNumber.trim() || null
    }
    if (registrationCouncil.trim() !== (member.registrationCouncil ?? '')) {
      change.registrationCouncil = registrationCouncil.trim() || null
    }
    if (Object.keys(change).length === 0) {
      onClose()
      return
    }
    const saved = await api(`/staff/${member.id}`, {
      method: 'PATCH',
      body: change,
      schema: StaffMemberSchema,
    })
    await onSaved(saved)
    onClose()
  }

  const offered = roles.includes(member.role) ? roles : [member.role, ...roles]
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <SelectField
        label={t('staff.role')}
        name="role"
        value={role}
        hint={t('staff.roleChangeNote', { name: member.fullName })}
        onChange={(value) => setRole(value as Role)}
        error={form.errorFor('role')}
      >
        <RoleOptions roles={offered} />
      </SelectField>
      {(role === 'doctor' || member.registrationNumber) && (
        <>
          <TextField
            label={t('staff.registrationNumber')}
            name="registrationNumber"
            isOptional
            optionalLabel={t('form.optional')}
            value={registrationNumber}
            onChange={setRegistrationNumber}
            error={form.errorFor('registrationNumber')}
          />
          <TextField
            label={t('staff.registrationCouncil')}
            name="registrationCouncil"
            isOptional
            optionalLabel={t('form.optional')}
            hint={t('staff.councilHint')}
            value={registrationCouncil}
            onChange={setRegistrationCouncil}
            error={form.errorFor('registrationCouncil')}
          />
        </>
      )}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('staff.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
