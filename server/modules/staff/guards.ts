import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { authorize, PRIVILEGED_ROLES } from '../access/index.ts'

/**
 * Granting, changing or removing an owner or admin needs staff.grant_privileged (owners only):
 * decided per member, so it is checked here, after the route's staff.manage.
 */
export function guardPrivileged(actor: Session, currentRole: Role, newRole: Role | undefined) {
  if (PRIVILEGED_ROLES.includes(currentRole) || (newRole && PRIVILEGED_ROLES.includes(newRole))) {
    authorize(actor, 'staff.grant_privileged')
  }
}

/** A clinic always keeps one active owner: nobody else can manage owners. */
export async function guardLastOwner(tx: Tx) {
  const owners = await tx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'owner')
    .where('deactivated_at', 'is', null)
    .executeTakeFirstOrThrow()
  if (Number(owners.count) <= 1) {
    throw new AppError('conflict', 'staff.last_owner')
  }
}
