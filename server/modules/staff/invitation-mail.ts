import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../http/app-env.ts'
import { invitationEmail } from '../auth/index.ts'

type InvitationMail = Parameters<typeof invitationEmail>[0]

const pending = new WeakMap<Context, InvitationMail>()

/** Queues the invitation email; `sendInvitationAfterCommit` sends it once the invite commits. */
export function mailAfterCommit(c: Context, mail: InvitationMail): void {
  pending.set(c, mail)
}

/**
 * Route middleware of the invite route. A clinic route's handler runs inside the request's
 * transaction, so the email waits until that has committed: an invitation whose insert rolled
 * back is never mailed, and no transaction is held open while the mail server answers. The link
 * carries a secret, so it is sent, never stored; a failed send is logged without the address.
 */
export const sendInvitationAfterCommit: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  const mail = pending.get(c)
  pending.delete(c)
  if (!mail || c.error || c.res.status !== 201) return
  const { email, logger } = c.var.deps
  await email
    .send(invitationEmail(mail))
    .catch((error: unknown) =>
      logger.error({ err: { name: (error as Error).name } }, 'invitation email failed'),
    )
}
