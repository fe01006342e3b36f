import { useState } from 'react'
import type { Invitation } from '../../../../shared/contracts/staff.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { roleLabelKey } from '../../ui/role-label.ts'

export function PendingInvitations({
  invitations,
  onWithdrawn,
}: {
  invitations: Invitation[]
  onWithdrawn: (invitation: Invitation) => Promise<void>
}) {
  const t = useT()
  const [withdrawing, setWithdrawing] = useState<Invitation | null>(null)
  const pending = invitations.filter((invitation) => invitation.status === 'pending')

  return (
    <section className="card section-gap" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('staff.pendingHeading')}</h2>
      {pending.length === 0 ? (
        <p className="muted">{t('staff.noPending')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('staff.invitee')}</th>
                <th scope="col">{t('staff.sentAt')}</th>
                <th scope="col">{t('staff.expiresAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('staff.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">
                    <span className="cell-primary">{invitation.email}</span>
                    <span className="cell-secondary">{t(roleLabelKey(invitation.role))}</span>
                  </th>
                  <td>{formatDateTime(invitation.sentAt)}</td>
                  <td>{formatDateTime(invitation.expiresAt)}</td>
                  <td className="cell-actions">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      onClick={() => setWithdrawing(invitation)}
                      aria-label={t('staff.withdrawLabel', { email: invitation.email })}
                    >
                      {t('staff.withdraw')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        isOpen={withdrawing !== null}
        title={t('staff.withdrawHeading')}
        body={t('staff.withdrawBody', { email: withdrawing?.email ?? '' })}
        confirmLabel={t('staff.withdraw')}
        onClose={() => setWithdrawing(null)}
        onConfirm={async () => {
          if (!withdrawing) return
          await api(`/staff/invitations/${withdrawing.id}`, { method: 'DELETE' })
          await onWithdrawn(withdrawing)
        }}
      />
    </section>
  )
}
