import type { StaffMember } from '../../../../shared/contracts/staff.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { roleLabelKey } from '../../ui/role-label.ts'

export interface MemberActions {
  /** False for members this role may not change (an admin cannot change an owner). */
  isAllowed: (member: StaffMember) => boolean
  onEdit: (member: StaffMember) => void
  onDeactivate: (member: StaffMember) => void
}

export function MembersTable({
  members,
  myUserId,
  actions,
}: {
  members: StaffMember[]
  myUserId: string
  /** Absent for roles that may only look. */
  actions?: MemberActions | undefined
}) {
  const t = useT()
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('staff.name')}</th>
            <th scope="col">{t('staff.role')}</th>
            <th scope="col">{t('staff.registration')}</th>
            <th scope="col">{t('staff.status')}</th>
            <th scope="col">{t('staff.joined')}</th>
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('staff.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const isMe = member.userId === myUserId
            return (
              <tr key={member.id} className={member.isActive ? undefined : 'row-inactive'}>
                <th scope="row" className="cell-person">
                  <span className="cell-primary">
                    {member.fullName}
                    {isMe && <span className="muted"> {t('staff.you')}</span>}
                  </span>
                  <span className="cell-secondary">{member.email}</span>
                </th>
                <td>{t(roleLabelKey(member.role))}</td>
                <td>
                  <PrescriberCell member={member} />
                </td>
                <td>
                  <span className={member.isActive ? 'pill pill-good' : 'pill pill-muted'}>
                    {member.isActive ? t('staff.active') : t('staff.inactive')}
                  </span>
                </td>
                <td>{formatDate(member.joinedAt)}</td>
                {actions && (
                  <td className="cell-actions">
                    {/* An owner who practises edits their own prescriber details; nobody
                        deactivates themselves (the server refuses both role change and that). */}
                    {member.isActive && actions.isAllowed(member) && (
                      <div className="button-row button-row-tight">
                        <button
                          type="button"
                          className="button-secondary button-small"
                          onClick={() => actions.onEdit(member)}
                          aria-label={t('staff.editLabel', { name: member.fullName })}
                        >
                          {t('staff.edit')}
                        </button>
                        {!isMe && (
                          <button
                            type="button"
                            className="button-danger-quiet button-small"
                            onClick={() => actions.onDeactivate(member)}
                            aria-label={t('staff.deactivateLabel', { name: member.fullName })}
                          >
                            {t('staff.deactivate')}
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** Qualification, then council and registration number: as a prescription prints them. */
function PrescriberCell({ member }: { member: StaffMember }) {
  const registration = [member.registrationCouncil, member.registrationNumber]
    .filter(Boolean)
    .join(' · ')
  if (!member.qualification && !registration) return <span className="muted">—</span>
  return (
    <>
      {member.qualification && <span className="cell-primary">{member.qualification}</span>}
      {registration && <span className="cell-secondary">{registration}</span>}
    </>
  )
}
