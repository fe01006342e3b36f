import { createRoute, z } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic } from '../../test/http-client.ts'
import { addStaff } from '../../test/staff-helpers.ts'
import { createTestClock, dependenciesWithJobQueue } from '../../test/test-app.ts'
import { openTestDatabase, type TestDatabase } from '../../test/test-database.ts'
import { apiModules, buildApp } from '../app.ts'
import { clinicRoute, sessionRequired } from './clinic-route.ts'
import { createRouter } from './router.ts'

// A module that exists only in this test, to see exactly what the primitive gives a handler.
const probe = createRoute({
  method: 'post',
  path: '/',
  middleware: [sessionRequired],
  request: {
    body: { content: { 'application/json': { schema: z.object({ n: z.int().min(0).max(9) }) } } },
  },
  responses: {
    200: {
      description: 'What the handler saw',
      content: { 'application/json': { schema: z.object({}).passthrough() } },
    },
  },
})
let handlerRuns = 0
const probeRoutes = createRouter().openapi(
  probe,
  clinicRoute(probe, { can: 'staff.manage', needs: ['cipher'] }, async (c, scope) => {
    handlerRuns += 1
    const { rows } = await sql<{ clinic: string; user: string; now: string }>`
      SELECT current_setting('app.clinic_id') AS clinic, current_setting('app.user_id') AS user,
             app_now() AS now`.execute(scope.tx)
    const sealed = scope.cipher.encrypt('probe', 'hello')
    return c.json(
      {
        ...rows[0],
        actor: scope.actor.userId,
        zone: scope.zone,
        today: scope.today,
        clinicalAll: scope.clinicalAll,
        roundTrip: scope.cipher.decrypt('probe', sealed),
        n: c.req.valid('json').n,
      },
      200,
    )
  }),
)

let database: TestDatabase
let app: ReturnType<typeof buildApp>
let outbox: string
let closeDependencies: () => Promise<void>
const clock = createTestClock(new Date('2030-06-30T20:00:00Z'))
beforeAll(async () => {
  database = await openTestDatabase()
  const { deps, close } = await dependenciesWithJobQueue(database, { clock })
  closeDependencies = close
  outbox = deps.outboxDir as string
  app = buildApp(deps, [...apiModules, ['/probe', probeRoutes]])
})
afterAll(async () => {
  await closeDependencies()
  await database.close()
})

describe('the clinic-route primitive', () => {
  it('opens the transaction with the tenant context, the app clock, the zone and the cipher', async () => {
    const owner = await signUpClinic(app)
    const response = await owner.client.post('/api/v1/probe', { n: 3 })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      clinic: owner.clinicId,
      user: owner.userId,
      actor: owner.userId,
      zone: 'Asia/Kolkata',
      // 20:00 UTC on 30 June is already 1 July in Kolkata.
      today: '2030-07-01',
      clinicalAll: { read: true, write: true },
      roundTrip: 'hello',
      n: 3,
    })
    const seen = (await (await owner.client.post('/api/v1/probe', { n: 4 })).json()) as {
      now: string
    }
    expect(new Date(seen.now).toISOString()).toBe(clock().toISOString())
  })

  it('refuses before the handler runs: no session, a dead session, no CSRF token, a role without the capability', async () => {
    const owner = await signUpClinic(app)
    const receptionist = await addStaff(app, outbox, owner.client, 'receptionist')
    const before = handlerRuns

    const anonymous = createClient(app)
    expect((await anonymous.post('/api/v1/probe', { n: 1 })).status).toBe(401)
    // Without a session even invalid input is a 401, not a description of the schema.
    expect((await anonymous.post('/api/v1/probe', { n: 'x' })).status).toBe(401)

    const forged = createClient(app)
    forged.cookies.set('niramaya_session', 'A'.repeat(43))
    expect((await forged.post('/api/v1/probe', { n: 1 })).status).toBe(401)

    const noToken = await owner.client.post('/api/v1/probe', { n: 1 }, { 'X-CSRF-Token': 'wrong' })
    expect(noToken.status).toBe(403)

    const refused = await receptionist.client.post('/api/v1/probe', { n: 1 })
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe(
      'access.role',
    )

    expect(handlerRuns).toBe(before)
  })
})
