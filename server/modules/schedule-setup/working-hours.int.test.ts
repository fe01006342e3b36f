import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Tx } from '../../db/with-clinic.ts'

let t: TestApp
let clinicId = ''
let owner: { client: TestClient; userId: string }
let doctor: { client: TestClient; userId: string }
let receptionist: { client: TestClient; userId: string }

const hoursOf = (userId: string) => owner.client.get(`/api/v1/schedule/doctors/${userId}/hours`)
const saveWeek = (userId: string, body: object) =>
  owner.client.put(`/api/v1/schedule/doctors/${userId}/hours`, body)
const fieldOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string } }).error.field
const sessionsOf = (week: { weekday: number; sessions: { start: string; end: string }[] }[]) =>
  week.map((day) => day.sessions.map(({ start, end }) => `${start}-${end}`).join(' '))

beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  owner = signedUp
  const outbox = t.deps.outboxDir as string
  doctor = await addStaff(t.app, outbox, owner.client, 'doctor')
  receptionist = await addStaff(t.app, outbox, owner.client, 'receptionist')
}, 120_000)
afterAll(() => t.close())

describe('bookable doctors', () => {
  it('lists active doctors, owners and admins to the front desk, and no one else', async () => {
    const response = await receptionist.client.get('/api/v1/schedule/doctors')
    expect(response.status).toBe(200)
    const doctors = (await response.json()) as { userId: string; role: string }[]
    expect(doctors.map((each) => [each.userId, each.role]).sort()).toEqual(
      [
        [owner.userId, 'owner'],
        [doctor.userId, 'doctor'],
      ].sort(),
    )
  })
})

describe('working hours', () => {
  it('saves a week with a lunch break and reads it back as seven days', async () => {
    const empty = await hoursOf(doctor.userId)
    expect(empty.status).toBe(200)
    expect(sessionsOf(await empty.json())).toEqual(['', '', '', '', '', '', ''])

    const saved = await saveWeek(doctor.userId, {
      week: [
        {
          weekday: 1,
          sessions: [
            { start: '14:00', end: '18:00' },
            { start: '09:00', end: '13:00' },
          ],
        },
        { weekday: 6, sessions: [{ start: '10:00', end: '14:00' }] },
      ],
    })
    expect(saved.status).toBe(200)
    const week = await saved.json()
    expect(sessionsOf(week)).toEqual(['', '09:00-13:00 14:00-18:00', '', '', '', '', '10:00-14:00'])
    expect(await (await hoursOf(doctor.userId)).json()).toEqual(week)
  })

  it('replaces the whole week; sessions may touch and end at midnight', async () => {
    await saveWeek(doctor.userId, {
      week: [{ weekday: 2, sessions: [{ start: '09:00', end: '17:00' }] }],
    })
    const saved = await saveWeek(owner.userId, {
      week: [{ weekday: 0, sessions: [{ start: '08:00', end: '12:00' }] }],
    })
    expect(saved.status).toBe(200)
    const replaced = await saveWeek(doctor.userId, {
      week: [
        {
          weekday: 3,
          sessions: [
            { start: '09:00', end: '13:00' },
            { start: '13:00', end: '24:00' },
          ],
        },
      ],
    })
    expect(replaced.status).toBe(200)
    expect(sessionsOf(await replaced.json())).toEqual([
      '',
      '',
      '',
      '09:00-13:00 13:00-24:00',
      '',
      '',
      '',
    ])
    // Another doctor's week is untouched.
    expect(sessionsOf(await (await hoursOf(owner.userId)).json())[0]).toBe('08:00-12:00')
  })

  it.each([
    [[{ weekday: 7, sessions: [] }], 'week.0.weekday'],
    [[{ weekday: 1, sessions: [{ start: '9:00', end: '13:00' }] }], 'week.0.sessions.0.start'],
    [[{ weekday: 1, sessions: [{ start: '09:00', end: '24:30' }] }], 'week.0.sessions.0.end'],
    [[{ weekday: 1, sessions: [{ start: '13:00', end: '09:00' }] }], 'week.0.sessions.0.end'],
    [[{ weekday: 1, sessions: [{ start: '09:00', end: '09:00' }] }], 'week.0.sessions.0.end'],
    [
      [
        { weekday: 1, sessions: [] },
        { weekday: 1, sessions: [] },
      ],
      'week.1.weekday',
    ],
    [
      [
        { weekday: 0, sessions: [] },
        { weekday: 1, sessions: [] },
        {
          weekday: 2,
          sessions: [
            { start: '09:00', end: '13:00' },
            { start: '12:30', end: '17:00' },
          ],
        },
      ],
      'week.2.sessions.1.start',
    ],
    [
      [
        {
          weekday: 4,
          sessions: [
            { start: '09:00', end: '18:00' },
            { start: '10:00', end: '11:00' },
            { start: '12:00', end: '13:00' },
          ],
        },
      ],
      'week.0.sessions.1.start',
    ],
  ])('refuses %j with 400 mapDatabaseErrors %s, and keeps the saved week', async (week, field) => {
    const before = await (await hoursOf(doctor.userId)).json()
    const response = await saveWeek(doctor.userId, { week })
    expect(response.status).toBe(400)
    expect(await fieldOf(response)).toBe(field)
    expect(await (await hoursOf(doctor.userId)).json()).toEqual(before)
  })

  it('refuses a receptionist as the doctor, and an unknown branch, with 400', async () => {
    const week = [{ weekday: 1, sessions: [{ start: '09:00', end: '13:00' }] }]
    const notADoctor = await saveWeek(receptionist.userId, { week })
    expect(notADoctor.status).toBe(400)
    expect(await fieldOf(notADoctor)).toBe('userId')
    const before = await (await hoursOf(doctor.userId)).json()
    const branchId = '00000000-0000-4000-8000-000000000000'
    const unknownBranch = await saveWeek(doctor.userId, { branchId, week })
    expect(unknownBranch.status).toBe(400)
    expect(await fieldOf(unknownBranch)).toBe('branchId')
    expect(await (await hoursOf(doctor.userId)).json()).toEqual(before)
  })

  it('the database refuses overlapping sessions and a doctor who is not bookable', async () => {
    const insert = (userId: string, start: string, end: string) => async (tx: Tx) => {
      await sql`INSERT INTO working_hours (clinic_id, branch_id, doctor_user_id, weekday, starts_at, ends_at)
        SELECT ${clinicId}, id, ${userId}, 5, ${start}::time, ${end}::time FROM branches LIMIT 1`.execute(
        tx,
      )
      return 'done'
    }
    const asOwner = (work: (tx: Tx) => Promise<unknown>) =>
      inDatabaseAs(t.database.db, { clinicId, userId: owner.userId }, async (tx) => {
        await insert(doctor.userId, '09:00', '13:00')(tx)
        return work(tx)
      })
    expect(await asOwner(insert(doctor.userId, '13:00', '17:00'))).toBe('done')
    await expect(asOwner(insert(doctor.userId, '12:00', '14:00'))).rejects.toMatchObject({
      code: '23P01',
    })
    await expect(asOwner(insert(receptionist.userId, '09:00', '10:00'))).rejects.toMatchObject({
      code: '23514',
    })
  })
})
