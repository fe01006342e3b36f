import type { MessageKey } from '../../i18n/messages.ts'

/** Actions the server records today (server/modules/audit/record.ts and the row triggers). */
export const knownActions = [
  'auth.signed_up',
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.locked_out',
  'auth.logout',
  'auth.logout_everywhere',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.two_factor_enabled',
  'auth.two_factor_disabled',
  'staff.invited',
  'staff.invitation_revoked',
  'staff.invitation_accepted',
  'staff.role_changed',
  'staff.deactivated',
  'audit.verified',
  'billing.gst_return_exported',
  'billing.einvoice_exported',
  'insert',
  'update',
  'delete',
  'read',
] as const

export type KnownAction = (typeof knownActions)[number]

/** Groups the filter offers as a whole: the API matches actions by prefix. */
export const actionGroups = ['auth.', 'staff.', 'audit.', 'billing.'] as const

export function actionLabelKey(action: string): MessageKey | null {
  return (knownActions as readonly string[]).includes(action)
    ? (`auditAction.${action as KnownAction}` as const)
    : null
}
