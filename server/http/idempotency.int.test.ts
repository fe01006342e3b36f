import { createRoute } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createClient, signUpClinic, type TestClient } from '../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { apiModules, buildApp } from '../app.ts'
import { createLogger } from '../lib/logger.ts'
import { startWorker } from '../worker.ts'
import { clinicRoute, sessionRequired } from './clinic-route.ts'
import { deleteExpiredIdempotencyKeys } from './idempotency.ts'
import { createRouter } from './router.ts'

const Made = z.object({ made: z.uuid() })

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const patient = (fullName = 'Lakshmi Narayanan') => ({
  fullName,
  dateOfBirth: '1980-04-12',
  sex: 'female',
})
const newKey = () => `submit-${crypto.randomUUID()}`
const register = (client: TestClient, body: object, key: string) =>
  client.post('/api/v1/patients', body, { 'Idempotency-Key': key })

/** Patients of one clinic with this name, counted as the owner (RLS would hide nothing here). */
const patientsNamed = (clinicId: string, fullName: string) =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM patients
      WHERE clinic_id = ${clinicId} AND full_name = ${fullName}`.execute(tx)
    return rows[0]?.n ?? 0
  })

describe('Idempotency-Key on creates', () => {
  it('a retry after a lost response gives back the same answer and one patient', async () => {
    const owner = await signUpClinic(t.app)
    const key = newKey()
    const name = `Retry ${crypto.randomUUID().slice(0, 8)}`
    const first = await register(owner.client, patient(name), key)
    expect(first.status).toBe(201)
    expect(first.headers.get('Idempotent-Replayed')).toBeNull()
    const firstBody = await first.text()
    const retry = await register(owner.client, patient(name), key)
    expect(retry.status).toBe(201)
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
    expect(retry.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(await retry.text()).toBe(firstBody)
    expect(await patientsNamed(owner.clinicId, name)).toBe(1)
  })

  it('refuses the same key with a different body (409 naming the header), creating nothing', async () => {
    const owner = await signUpClinic(t.app)
    const key = newKey()
    expect((await register(owner.client, patient('First Person'), key)).status).toBe(201)
    const name = `Other ${crypto.randomUUID().slice(0, 8)}`
    const other = await register(owner.client, patient(name), key)
    expect(other.status).toBe(409)
    expect((await other.json()).error).toMatchObject({
      code: 'conflict',
      field: 'Idempotency-Key',
    })
    expect(await patientsNamed(owner.clinicId, name)).toBe(0)
  })

  it("keeps keys per clinic: another clinic's same key is a new request", async () => {
    const clinicA = await signUpClinic(t.app)
    const clinicB = await signUpClinic(t.app)
    const key = newKey()
    const name = `Shared key ${crypto.randomUUID().slice(0, 8)}`
    const inA = await register(clinicA.client, patient(name), key)
    const inB = await register(clinicB.client, patient(name), key)
    expect(inB.status).toBe(201)
    expect(inB.headers.get('Idempotent-Replayed')).toBeNull()
    expect(((await inB.json()) as { id: string }).id).not.toBe(
      ((await inA.json()) as { id: string }).id,
    )
    expect(await patientsNamed(clinicB.clinicId, name)).toBe(1)
  })

  it('a malformed key is a 400 naming the header', async () => {
    const owner = await signUpClinic(t.app)
    for (const key of ['has space', 'x'.repeat(256), 'café', 'tab\tinside']) {
      const response = await register(owner.client, patient(), key)
      expect(response.status).toBe(400)
      expect((await response.json()).error.field).toBe('Idempotency-Key')
    }
  })

  it('releases the key after a refused request, so the corrected one can use it', async () => {
    const owner = await signUpClinic(t.app)
    const key = newKey()
    const refused = await register(owner.client, { ...patient(), sex: 'unknown-value' }, key)
    expect(refused.status).toBe(400)
    expect((await register(owner.client, patient(), key)).status).toBe(201)
  })

  it('a key is remembered for 24 hours, across sessions of the same person', async () => {
    const owner = await signUpClinic(t.app)
    const key = newKey()
    const name = `Next day ${crypto.randomUUID().slice(0, 8)}`
    expect((await register(owner.client, patient(name), key)).status).toBe(201)
    // Sessions end long before that: each check signs in afresh.
    const signedInAgain = async () => {
      const client = createClient(t.app)
      const login = await client.post('/api/v1/auth/login', {
        email: owner.email,
        password: owner.password,
      })
      expect(login.status).toBe(200)
      return client
    }
    t.clock.advance(23 * 3_600_000)
    const nextDay = await register(await signedInAgain(), patient(name), key)
    expect(nextDay.headers.get('Idempotent-Replayed')).toBe('true')
    t.clock.advance(2 * 3_600_000)
    const later = await register(await signedInAgain(), patient(name), key)
    expect(later.status).toBe(201)
    expect(later.headers.get('Idempotent-Replayed')).toBeNull()
    expect(await patientsNamed(owner.clinicId, name)).toBe(2)
  })

  it('a duplicate that arrives while the first still runs waits, then gets its answer: one create', async () => {
    let entered: () => void = () => {}
    let release: () => void = () => {}
    const hasEntered = new Promise<void>((resolve) => {
      entered = resolve
    })
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let runs = 0
    // Mounted only in this test's app: a clinic create that waits until the test lets it finish.
    const slowRoute = createRoute({
      method: 'post',
      path: '/',
      middleware: [sessionRequired],
      responses: {
        201: { description: 'Made', content: { 'application/json': { schema: Made } } },
      },
    })
    const slow = createRouter().openapi(
      slowRoute,
      clinicRoute(slowRoute, { can: 'signed-in' }, async (c) => {
        runs += 1
        entered()
        await released
        return c.json({ made: crypto.randomUUID() }, 201)
      }),
    )
    const app = buildApp(t.deps, [...apiModules, ['/slow-create', slow]])
    const owner = await signUpClinic(app)
    const key = newKey()
    const first = owner.client.post('/api/v1/slow-create', {}, { 'Idempotency-Key': key })
    await hasEntered
    // The key row is written first in the same transaction: the duplicate waits on it.
    const duplicate = owner.client.post('/api/v1/slow-create', {}, { 'Idempotency-Key': key })
    release()
    const [firstResponse, duplicateResponse] = await Promise.all([first, duplicate])
    expect(firstResponse.status).toBe(201)
    expect(duplicateResponse.status).toBe(201)
    expect(duplicateResponse.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await duplicateResponse.json()).toEqual(await firstResponse.json())
    expect(runs).toBe(1)
  })

  it('replays an answer without a body (204) as one without a body', async () => {
    const emptyRoute = createRoute({
      method: 'post',
      path: '/',
      middleware: [sessionRequired],
      responses: { 204: { description: 'Done' } },
    })
    const empty = createRouter().openapi(
      emptyRoute,
      clinicRoute(emptyRoute, { can: 'signed-in' }, async (c) => c.body(null, 204)),
    )
    const app = buildApp(t.deps, [...apiModules, ['/empty-answer', empty]])
    const owner = await signUpClinic(app)
    const key = newKey()
    const send = () => owner.client.post('/api/v1/empty-answer', {}, { 'Idempotency-Key': key })
    expect((await send()).status).toBe(204)
    const replay = await send()
    expect(replay.status).toBe(204)
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replay.text()).toBe('')
  })

  it('stores the answer encrypted, never in plain text', async () => {
    const owner = await signUpClinic(t.app)
    const key = newKey()
    const name = `Sealed ${crypto.randomUUID().slice(0, 8)}`
    expect((await register(owner.client, patient(name), key)).status).toBe(201)
    const stored = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ body: Buffer }>`
        SELECT response_body AS body FROM idempotency_keys
        WHERE clinic_id = ${owner.clinicId} AND key = ${key}`.execute(tx)
      return Buffer.from(rows[0]?.body ?? [])
    })
    expect(stored.length).toBeGreaterThan(0)
    expect(stored.toString('latin1')).not.toContain(name)
  })

  it('the worker deletes keys older than 24 hours, and only those', async () => {
    const owner = await signUpClinic(t.app)
    const [old, recent] = [newKey(), newKey()]
    await t.database.asOwner((tx) =>
      sql`INSERT INTO idempotency_keys (clinic_id, user_id, key, request_hash, created_at)
          VALUES (${owner.clinicId}, ${owner.userId}, ${old}, ${'a'.repeat(64)}, '2001-01-01T00:00Z'),
                 (${owner.clinicId}, ${owner.userId}, ${recent}, ${'b'.repeat(64)}, '2001-01-02T12:00Z')`.execute(
        tx,
      ),
    )
    // "Now" is 2001-01-03: only the first key is past its 24 hours.
    expect(
      await deleteExpiredIdempotencyKeys(t.database.db, new Date('2001-01-03T00:00Z'), 1),
    ).toBe(1)
    const left = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ key: string }>`
        SELECT key FROM idempotency_keys WHERE clinic_id = ${owner.clinicId}
          AND key IN (${old}, ${recent})`.execute(tx)
      return rows.map((row) => row.key)
    })
    expect(left).toEqual([recent])
  })

  it('the worker judges "older than 24 hours" by the app clock it is given', async () => {
    const owner = await signUpClinic(t.app)
    const key = newKey()
    await t.database.asOwner((tx) =>
      sql`INSERT INTO idempotency_keys (clinic_id, user_id, key, request_hash, created_at)
          VALUES (${owner.clinicId}, ${owner.userId}, ${key}, ${'c'.repeat(64)}, '2040-06-01T00:00Z')`.execute(
        tx,
      ),
    )
    const remaining = () =>
      t.database.asOwner(async (tx) => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM idempotency_keys WHERE key = ${key}`.execute(tx)
        return rows[0]?.n ?? 0
      })
    const logger = createLogger('silent')
    const early = startWorker(t.database.db, logger, 60_000, () => new Date('2040-06-01T23:00Z'))
    await early.stop()
    expect(await remaining()).toBe(1)
    const late = startWorker(t.database.db, logger, 60_000, () => new Date('2040-06-02T01:00Z'))
    await late.stop()
    expect(await remaining()).toBe(0)
  })
})
