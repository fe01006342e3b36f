import { useState } from 'react'
import { PRIVILEGED_ROLES as privilegedRoles } from '../../../../shared/access/capabilities.ts'
import { can } from '../../../../shared/contracts/auth.ts'
import { type StaffMember, StaffMemberSchema } from '../../../../shared/contracts/staff.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { EditMemberDialog } from './edit-member-dialog.tsx'
import { InviteForm } from './invite-form.tsx'
import { MembersTable } from './members-table.tsx'
import { PendingInvitations } from './pending-invitations.tsx'
import { grantableRoles } from './role-options.tsx'
import { useStaff } from './use-staff.ts'

export function StaffPage() {
  const t = useT()
  const me = useMe()
  const canManage = can(me, 'staff.manage')
  const { state, reload } = useStaff(canManage)
  const [status, setStatus] = useState<string | null>(null)
  const [editing, setEditing] = useState<StaffMember | null>(null)
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null)
  const roles = grantableRoles(me)

  const done = async (message: string) => {
    await reload()
    setStatus(message)
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('staff.title')} intro={t('staff.intro', { clinic: me.clinic.name })} />
      <StatusMessage>{status}</StatusMessage>
      {state.kind === 'failed' && <ErrorAlert>{apiErrorMessage(state.error, t)}</ErrorAlert>}
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('staff.membersHeading')}</h2>
        {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
        {state.kind === 'loaded' && (
          <MembersTable
            members={state.members}
            myUserId={me.user.id}
            actions={
              canManage
                ? {
                    isAllowed: (member) =>
                      can(me, 'staff.grant_privileged') || !privilegedRoles.includes(member.role),
                    onEdit: setEditing,
                    onDeactivate: setDeactivating,
                  }
                : undefined
            }
          />
        )}
      </section>
      {canManage && (
        <InviteForm
          roles={roles}
          onInvited={(invitation) => done(t('staff.invited', { email: invitation.email }))}
        />
      )}
      {canManage && state.kind === 'loaded' && (
        <PendingInvitations
          invitations={state.invitations}
          onWithdrawn={(invitation) => done(t('staff.withdrawn', { email: invitation.email }))}
        />
      )}
      <EditMemberDialog
        member={editing}
        roles={roles}
        myUserId={me.user.id}
        onClose={() => setEditing(null)}
        onSaved={(member) => done(t('staff.saved', { name: member.fullName }))}
      />
      <ConfirmDialog
        isOpen={deactivating !== null}
        title={t('staff.deactivateHeading', { name: deactivating?.fullName ?? '' })}
        body={t('staff.deactivateBody', { name: deactivating?.fullName ?? '' })}
        confirmLabel={t('staff.deactivate')}
        onClose={() => setDeactivating(null)}
        onConfirm={async () => {
          if (!deactivating) return
          await api(`/staff/${deactivating.id}/deactivate`, {
            method: 'POST',
            schema: StaffMemberSchema,
          })
          await done(t('staff.deactivated', { name: deactivating.fullName }))
        }}
      />
    </section>
  )
}
