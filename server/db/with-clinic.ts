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

/** What app_open_request() returns about the signed-in person and their clinic. */
export interface OpenedRequest {
  session_id: string
  clinic_id: string
  user_id: string
  role: string
  csrf_token_hash: string
  expires_at: Date | string
  must_enrol_two_factor: boolean
  time_zone: string
  data_key_id: string | null
  clinical_all_read: boolean
  clinical_all_write: boolean
}

export interface RequestOpening {
  /** SHA-256 of the session cookie, as stored. */
  tokenHash: string
  now: Date
  /** Idle limit as a PostgreSQL interval, e.g. `30 minutes`. */
  idle: string
  request: RequestOrigin
}

/**
 * Runs `work` in one transaction whose first statement resolves the session cookie and
 * sets the tenant context together (app_open_request, ADR 0014): one round trip instead
 * of a session lookup, BEGIN and set_config apart. `work` receives `undefined` when the
 * session is not live; no context is set then, and whatever it throws rolls back.
 *
 * Like withClinic, the context is transaction-local (`set_config(…, true)` inside the
 * function), so a pooled connection carries nothing into the next request.
 */
export async function openClinicRequest<T>(
  db: Kysely<Database>,
  opening: RequestOpening,
  work: (tx: Tx, opened: OpenedRequest | undefined) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    const { request } = opening
    const { rows } = await sql<OpenedRequest>`
      SELECT * FROM app_open_request(${opening.tokenHash}, ${opening.now}, ${opening.idle}::interval,
                                     ${request.id}, ${request.ip ?? ''}, ${request.userAgent ?? ''})`.execute(
      tx,
    )
    return work(tx, rows[0])
  })
}

/**
 * Runs background work for one clinic (a job the worker runs): no staff member acts, so the
 * request's role and capabilities are replaced by the narrow list the job needs, named by the
 * caller (for example patient.read and messaging.send to send a reminder). Like a request, the
 * context is opened for this clinic only and lives only in this transaction; audit rows written
 * by the job carry no user. Row-level security applies in full: a job for clinic A sees
 * nothing of clinic B.
 */
export async function withClinicAsSystem<T>(
  db: Kysely<Database>,
  context: { clinicId: string; capabilities: readonly string[]; now?: Date | undefined },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!UUID.test(context.clinicId)) {
    throw new TypeError('withClinicAsSystem: clinicId must be a UUID')
  }
  if (!context.capabilities.every((capability) => /^[a-z_]+\.[a-z_]+$/.test(capability))) {
    throw new TypeError('withClinicAsSystem: capabilities must be names like patient.read')
  }
  const capabilities = `,${context.capabilities.join(',')},`
  return db.transaction().execute(async (tx) => {
    // app.opened_for = '<clinic>/' (no user) marks the context as opened, so app_can() reads
    // these capabilities instead of looking up a membership the system does not have.
    await sql`SELECT set_config('app.clinic_id', ${context.clinicId}, true),
                     set_config('app.user_id', '', true),
                     set_config('app.request_id', '', true),
                     set_config('app.ip', '', true),
                     set_config('app.user_agent', '', true),
                     set_config('app.now', ${context.now?.toISOString() ?? ''}, true),
                     set_config('app.role', 'system', true),
                     set_config('app.capabilities', ${capabilities}, true),
                     set_config('app.clinical_all_read', 'off', true),
                     set_config('app.clinical_all_write', 'off', true),
                     set_config('app.opened_for', ${`${context.clinicId}/`}, true)`.execute(tx)
    return work(tx)
  })
}
