import { type Role, ROLES as roles } from '../../../shared/access/capabilities.ts'
import type { MessageKey } from '../i18n/messages.ts'

/** The catalogue key of a role's label; unknown roles (a newer server) fall back to "staff". */
export function roleLabelKey(role: string): MessageKey {
  return (roles as readonly string[]).includes(role) ? `role.${role as Role}` : 'role.unknown'
}
