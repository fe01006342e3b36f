import type { MessageKey } from '../i18n/messages.ts'
import { type Role, roles } from '../lib/api-types.ts'

/** The catalogue key of a role's label; unknown roles (a newer server) fall back to "staff". */
export function roleLabelKey(role: string): MessageKey {
  return (roles as readonly string[]).includes(role) ? `role.${role as Role}` : 'role.unknown'
}
