import { useT } from '../../i18n/use-t.ts'
import { can, type Me, privilegedRoles, type Role, roles } from '../../lib/api-types.ts'
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
