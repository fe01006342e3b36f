import { useState } from 'react'
import type { Role } from '../../../../shared/access/capabilities.ts'
import { type StaffMember, StaffMemberSchema } from '../../../../shared/contracts/staff.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { changedPrescriberDetails, PrescriberFields } from './prescriber-fields.tsx'
import { RoleOptions } from './role-options.tsx'

export function EditMemberDialog({
  member,
  roles,
  myUserId,
  onClose,
  onSaved,
}: {
  member: StaffMember | null
  roles: Role[]
  myUserId: string
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
        <EditMemberForm
          member={member}
          roles={roles}
          isSelf={member.userId === myUserId}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </ModalDialog>
  )
}

function EditMemberForm({
  member,
  roles,
  isSelf,
  onClose,
  onSaved,
}: {
  member: StaffMember
  roles: Role[]
  /** One's own role is not changed here (the server refuses: staff.own_role). */
  isSelf: boolean
  onClose: () => void
  onSaved: (member: StaffMember) => Promise<void>
}) {
  const t = useT()
  const form = useForm()
  const [role, setRole] = useState<Role>(member.role)
  const saved = {
    qualification: member.qualification ?? '',
    registrationCouncil: member.registrationCouncil ?? '',
    registrationNumber: member.registrationNumber ?? '',
  }
  const [prescriber, setPrescriber] = useState(saved)

  const send = async () => {
    // Only what changed is sent: a role change signs the person out, a registration edit does not.
    const change: Record<string, string | null> = changedPrescriberDetails(prescriber, saved)
    if (role !== member.role) change.role = role
    if (Object.keys(change).length === 0) {
      onClose()
      return
    }
    const updated = await api(`/staff/${member.id}`, {
      method: 'PATCH',
      body: change,
      schema: StaffMemberSchema,
    })
    await onSaved(updated)
    onClose()
  }

  const offered = roles.includes(member.role) ? roles : [member.role, ...roles]
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {!isSelf && (
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
      )}
      {/* Shown for a doctor, for oneself (an owner who practises), and for anyone who already
          has details (so they can be cleared). */}
      {(isSelf || role === 'doctor' || Object.values(saved).some(Boolean)) && (
        <PrescriberFields value={prescriber} onChange={setPrescriber} errorFor={form.errorFor} />
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
