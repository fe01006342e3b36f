import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'

// Runs under TZ=UTC and TZ=Asia/Kolkata: the clinic's zone decides, never the machine's.

let t: TestApp
let owner: TestClient
let doctorId = ''
let receptionistId = ''

interface Exception {
  id: string
  doctorUserId: string | null
  startsAt: string
  endsAt: string
}
const add = (body: object, client = owner) => client.post('/api/v1/schedule/exceptions', body)
const between = async (from: string, to: string, client = owner) =>
  (await (
    await client.get(`/api/v1/schedule/exceptions?from=${from}&to=${to}`)
  ).json()) as Exception[]
const fieldOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string } }).error.field

beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  owner = signedUp.client
  const outbox = t.deps.outboxDir as string
  doctorId = (await addStaff(t.app, outbox, owner, 'doctor')).userId
  receptionistId = (await addStaff(t.app, outbox, owner, 'receptionist')).userId
}, 120_000)
afterAll(() => t.close())

describe('schedule exceptions in an Asia/Kolkata clinic', () => {
  it('stores a whole day of leave on 24 Nov 2026 as 18:30Z to 18:30Z', async () => {
    const created = await add({
      doctorUserId: doctorId,
      kind: 'leave',
      from: '2026-11-24',
      to: '2026-11-24',
      note: 'Conference',
    })
    expect(created.status).toBe(201)
    const leave = (await created.json()) as Exception
    expect(leave).toMatchObject({
      doctorUserId: doctorId,
      kind: 'leave',
      startsAt: '2026-11-23T18:30:00.000Z',
      endsAt: '2026-11-24T18:30:00.000Z',
      note: 'Conference',
    })
    const stored = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ starts: string; ends: string }>`
        SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS starts,
               to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS ends
        FROM schedule_exceptions WHERE id = ${leave.id}`.execute(tx)
      return rows[0]
    })
    expect(stored).toEqual({ starts: '2026-11-23T18:30', ends: '2026-11-24T18:30' })

    // Listed on its own local day, and not on the days either side.
    const ids = async (from: string, to: string) => (await between(from, to)).map((each) => each.id)
    expect(await ids('2026-11-24', '2026-11-24')).toContain(leave.id)
    expect(await ids('2026-11-23', '2026-11-23')).not.toContain(leave.id)
    expect(await ids('2026-11-25', '2026-11-25')).not.toContain(leave.id)
    expect(await ids('2026-11-01', '2026-11-30')).toContain(leave.id)
  })

  it('closes the whole clinic for several days, and takes part of a day as instants', async () => {
    const holiday = await add({
      doctorUserId: null,
      kind: 'holiday',
      from: '2026-12-24',
      to: '2026-12-26',
    })
    expect(await holiday.json()).toMatchObject({
      doctorUserId: null,
      startsAt: '2026-12-23T18:30:00.000Z',
      endsAt: '2026-12-26T18:30:00.000Z',
      note: null,
    })
    const afternoon = await add({
      doctorUserId: doctorId,
      kind: 'training',
      startsAt: '2026-12-01T14:00:00+05:30',
      endsAt: '2026-12-01T18:00:00+05:30',
    })
    expect(afternoon.status).toBe(201)
    expect(await afternoon.json()).toMatchObject({
      startsAt: '2026-12-01T08:30:00.000Z',
      endsAt: '2026-12-01T12:30:00.000Z',
    })
  })

  it('removes an exception once', async () => {
    const created = (await (
      await add({ doctorUserId: doctorId, kind: 'other', from: '2027-01-05', to: '2027-01-05' })
    ).json()) as Exception
    expect((await owner.delete(`/api/v1/schedule/exceptions/${created.id}`)).status).toBe(204)
    expect(await between('2027-01-05', '2027-01-05')).toEqual([])
    expect((await owner.delete(`/api/v1/schedule/exceptions/${created.id}`)).status).toBe(404)
  })

  it.each<[Record<string, unknown>, string]>([
    [{ from: '2026-11-24' }, 'to'],
    [{ from: '2026-11-24', to: '2026-11-23' }, 'to'],
    [{ from: '2026-11-24', to: '2027-11-25' }, 'to'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
    [{}, 'from'],
    [{ from: '2026-11-24', to: '2026-11-24', startsAt: '2026-11-24T10:00:00Z' }, 'startsAt'],
    [{ startsAt: '2026-11-24T10:00:00Z', endsAt: '2026-11-24T10:00:00Z' }, 'endsAt'],
    [{ startsAt: '2026-11-24 10:00', endsAt: '2026-11-24T11:00:00Z' }, 'startsAt'],
    [{ from: '2026-11-24', to: '2026-11-24', kind: 'vacation' }, 'kind'],
    [{ from: '2026-11-24', to: '2026-11-24', note: 'x'.repeat(201) }, 'note'],
    [{ from: '2026-11-24', to: '2026-11-24', doctorUserId: undefined }, 'doctorUserId'],
    [{ from: '2026-11-24', to: '2026-11-24', doctorUserId: 'receptionist' }, 'doctorUserId'],
  ])('refuses %j with 400 mapDatabaseErrors %s, and records nothing', async (change, field) => {
    const before = await between('2026-01-01', '2026-12-31')
    const body = {
      doctorUserId: doctorId,
      kind: 'leave',
      ...change,
      ...(change.doctorUserId === 'receptionist' ? { doctorUserId: receptionistId } : {}),
    }
    const response = await add(body)
    expect(response.status).toBe(400)
    expect(await fieldOf(response)).toBe(field)
    expect(await between('2026-01-01', '2026-12-31')).toEqual(before)
  })

  it('refuses a range that ends before it starts, or has no start', async () => {
    const backwards = await owner.get('/api/v1/schedule/exceptions?from=2026-11-24&to=2026-11-23')
    expect(backwards.status).toBe(400)
    expect(await fieldOf(backwards)).toBe('to')
    const noStart = await owner.get('/api/v1/schedule/exceptions?to=2026-11-23')
    expect(await fieldOf(noStart)).toBe('from')
  })
})

describe('schedule exceptions in a clinic with daylight saving time', () => {
  it('makes the day clocks go forward in New York 23 hours long', async () => {
    const other = await signUpClinic(t.app, 'Hudson Dental')
    await withClinic(t.database.db, other, (tx) =>
      tx.updateTable('clinics').set({ time_zone: 'America/New_York' }).execute(),
    )
    const created = await add(
      { doctorUserId: null, kind: 'holiday', from: '2026-03-08', to: '2026-03-08' },
      other.client,
    )
    expect(await created.json()).toMatchObject({
      startsAt: '2026-03-08T05:00:00.000Z',
      endsAt: '2026-03-09T04:00:00.000Z',
    })
  })
})
