import {
  PRIVILEGED_ROLES as privilegedRoles,
  type Role,
  ROLES as roles,
} from '../../../../shared/access/capabilities.ts'
import { can, type Me } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { roleLabelKey } from '../../ui/role-label.ts'

/** Roles this person may give: only owners may make owners and admins. */
export function grantableRoles(me: Me): Role[] {
  if (can(me, 'staff.grant_privileged')) return [...roles]
  return roles.filter((role) => !privilegedRoles.includes(role))
}

export function RoleOptions({ roles: offered }: { roles: readonly Role[] }) {
  const t = useT()
  return (
    <>
      {offered.map((role) => (
        <option key={role} value={role}>
          {t(roleLabelKey(role))}
        </option>
      ))}
    </>
  )
}
