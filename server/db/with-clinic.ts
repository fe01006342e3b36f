import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from './schema.ts'

export type Tx = Transaction<Database>

export interface TenantContext {
  clinicId: string
  /** The staff member acting; absent for system work. */
  userId?: string | null
  /** Where the request came from, for the audit log. */
  request?: RequestOrigin | undefined
  /**
   * The application's clock at the start of the work. Stored as `app.now` so the
   * database's defaults and triggers (app_now()) use the same clock as the code;
   * absent: PostgreSQL's now().
   */
  now?: Date | undefined
}

export interface RequestOrigin {
  id: string
  ip?: string | undefined
  userAgent?: string | undefined
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Runs `work` in one transaction with the tenant context (and the app's clock) set, then commits
 * (or rolls back if `work` throws).
 *
 * This is the only TypeScript that sets `app.clinic_id`, `app.user_id` and the
 * request origin the audit triggers read (server/db/chokepoint.test.ts enforces
 * that). The third argument of
 * set_config is `true`: the values live only until the transaction ends, so a
 * pooled connection handed to the next request carries no tenant with it.
 * A plain `SET` would outlive the transaction and leak across requests.
 */
export async function withClinic<T>(
  db: Kysely<Database>,
  context: TenantContext,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!UUID.test(context.clinicId)) throw new TypeError('withClinic: clinicId must be a UUID')
  const userId = context.userId ?? ''
  if (userId !== '' && !UUID.test(userId)) throw new TypeError('withClinic: userId must be a UUID')
  const request = context.request
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('app.clinic_id', ${context.clinicId}, true),
                     set_config('app.user_id', ${userId}, true),
                     set_config('app.request_id', ${request?.id ?? ''}, true),
                     set_config('app.ip', ${request?.ip ?? ''}, true),
                     set_config('app.user_agent', ${request?.userAgent?.slice(0, 500) ?? ''}, true),
                     set_config('app.now', ${context.now?.toISOString() ?? ''}, true)`.execute(tx)
    return work(tx)
  })
}
