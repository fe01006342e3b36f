import { createHash } from 'node:crypto'
import type { Context } from 'hono'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { Tx } from '../db/with-clinic.ts'
import type { ClinicCipher } from '../modules/clinic-keys/index.ts'
import type { AppEnv } from './app-env.ts'
import { AppError, issue, validationError } from './errors.ts'

export const IDEMPOTENCY_HEADER = 'Idempotency-Key'
/** How long a key is remembered; the worker deletes older ones (deleteExpiredIdempotencyKeys). */
export const IDEMPOTENCY_RETENTION_HOURS = 24
// RFC 9110 token characters are a subset; any visible ASCII keeps UUIDs and ULIDs alike.
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/
const BODY_FIELD = 'idempotency_keys.response_body'

// Idempotent creates (draft-ietf-httpapi-idempotency-key-header): a client that lost the answer
// to a create retries with the same Idempotency-Key and gets the first answer again, marked
// `Idempotent-Replayed: true`, instead of a second patient or appointment. Keys are per clinic
// and per user; the same key with another request is a 409 naming the header. Every create is a
// clinic route, so clinicRoute() does this inside the create's own transaction
// (idempotentClinicRequest below); other routes ignore the header.

type Reservation =
  | { kind: 'reserved' }
  | { kind: 'other request' }
  | { kind: 'running' }
  | { kind: 'done'; status: number; sealed: Buffer }

/**
 * Reserves the key for this request, or says what an earlier request with it left. An expired
 * key (older than the retention, not yet deleted by the worker) is treated as absent.
 */
async function reserve(
  tx: Tx,
  input: { clinicId: string; userId: string; key: string; requestHash: string },
  now: Date,
): Promise<Reservation> {
  const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000)
  await tx
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', input.userId)
    .where('key', '=', input.key)
    .where('created_at', '<', expiredBefore)
    .execute()
  // A concurrent reservation of the same key waits here for the first to commit, then finds it.
  const inserted = await tx
    .insertInto('idempotency_keys')
    .values({
      clinic_id: input.clinicId,
      user_id: input.userId,
      key: input.key,
      request_hash: input.requestHash,
      created_at: now,
    })
    .onConflict((conflict) => conflict.columns(['clinic_id', 'user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst()
  if (inserted) return { kind: 'reserved' }
  const existing = await tx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response_status', 'response_body'])
    .where('user_id', '=', input.userId)
    .where('key', '=', input.key)
    .executeTakeFirstOrThrow()
  if (existing.request_hash !== input.requestHash) return { kind: 'other request' }
  if (existing.response_status === null || existing.response_body === null) {
    return { kind: 'running' }
  }
  return {
    kind: 'done',
    status: existing.response_status,
    sealed: Buffer.from(existing.response_body),
  }
}

/**
 * Deletes keys older than the retention, in batches, across all clinics (the worker runs
 * without a tenant context; idempotency_keys_expire() is its one door). Returns how many went.
 */
export async function deleteExpiredIdempotencyKeys(
  db: Kysely<Database>,
  now: Date,
  batch = 1000,
): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000)
  let total = 0
  let deleted = 0
  do {
    const { rows } = await sql<{ deleted: number }>`
      SELECT idempotency_keys_expire(${before}, ${batch}) AS deleted`.execute(db)
    deleted = rows[0]?.deleted ?? 0
    total += deleted
  } while (deleted === batch)
  return total
}

/** An Idempotency-Key on a POST, checked, with the hash of the request it came with. */
export interface IdempotentRequest {
  key: string
  requestHash: string
}

/**
 * The request's Idempotency-Key, if it is a POST that carries one: a malformed key is a 400
 * naming the header. Reads the body to hash it (Hono caches it for the handler).
 *
 * A multipart body (a document upload) is not covered: hashing it would buffer up to 25 MiB
 * in memory before the handler could stream it, so the header is ignored there, as the
 * app-wide middleware ignores it for streamed uploads.
 */
export async function idempotentRequestOf(
  c: Context<AppEnv>,
): Promise<IdempotentRequest | undefined> {
  const key = c.req.header(IDEMPOTENCY_HEADER)
  if (c.req.method !== 'POST' || key === undefined) return undefined
  if (!KEY_PATTERN.test(key)) {
    throw validationError([issue(IDEMPOTENCY_HEADER, 'idempotency.key_invalid')])
  }
  if (isMultipart(c.req.header('Content-Type'))) return undefined
  const url = new URL(c.req.url)
  const requestHash = createHash('sha256')
    .update(`${c.req.method}\n${url.pathname}${url.search}\n`)
    .update(new Uint8Array(await c.req.arrayBuffer()))
    .digest('hex')
  return { key, requestHash }
}

/**
 * Runs a clinic route's work under its Idempotency-Key, inside the request's own transaction:
 * the key row is inserted first, so a concurrent retry waits on it and then finds the answer;
 * the answer is stored before the commit, so the create and its key commit together or not at
 * all (a crash leaves neither). A 2xx answer is kept (encrypted: it holds what the create
 * returned); any other answer rolls the key back with the work, so a corrected request may
 * reuse it.
 */
export async function idempotentClinicRequest(
  tx: Tx,
  request: IdempotentRequest,
  who: { clinicId: string; userId: string; now: Date; cipher: ClinicCipher },
  work: () => Promise<Response>,
): Promise<Response> {
  const found = await reserve(tx, { ...who, ...request }, who.now)
  if (found.kind === 'other request') {
    throw new AppError('conflict', 'idempotency.key_reused', {}, [
      issue(IDEMPOTENCY_HEADER, 'idempotency.key_reused_field'),
    ])
  }
  // The key's row and its answer commit together, so a row without an answer is never seen;
  // should one ever be (a hand-edited row), refuse rather than run the create again.
  if (found.kind === 'running') throw new AppError('conflict', 'idempotency.still_running')
  if (found.kind === 'done') {
    const body = who.cipher.decrypt(BODY_FIELD, found.sealed)
    const headers = { 'Idempotent-Replayed': 'true', 'Content-Type': 'application/json' }
    const hasBody = body !== '' && found.status !== 204 && found.status !== 205
    return new Response(hasBody ? body : null, { status: found.status, headers })
  }
  const response = await work()
  const key = tx
    .updateTable('idempotency_keys')
    .where('user_id', '=', who.userId)
    .where('key', '=', request.key)
  if (response.status < 200 || response.status > 299) {
    await tx
      .deleteFrom('idempotency_keys')
      .where('user_id', '=', who.userId)
      .where('key', '=', request.key)
      .execute()
    return response
  }
  const body = await response.clone().text()
  await key
    .set({
      response_status: response.status,
      response_body: who.cipher.encrypt(BODY_FIELD, body),
      completed_at: who.now,
    })
    .execute()
  return response
}

function isMultipart(contentType: string | undefined): boolean {
  return /^\s*multipart\//i.test(contentType ?? '')
}
