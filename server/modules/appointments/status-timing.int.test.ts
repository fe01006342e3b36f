import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestClient } from '../../../test/http-client.ts'
import {
  NOW,
  type SchedulingClinic,
  schedulingClinic,
  tuesday,
} from '../../../test/scheduling-clinic.ts'
import { withClinic } from '../../db/with-clinic.ts'

// The tests' clock stands at Monday 23 November, 08:00 in Kolkata (NOW). "Tomorrow" is Tuesday,
// when the doctor works; bookings later "today" are made outside hours on purpose. The clock moves
// by minutes only, since sessions end after 30 idle minutes. The 23:59-in-Kolkata edge, where UTC
// is still on the day before, is covered by shared/scheduling/status-transitions.test.ts.
const today = (time: string) => `2026-11-23T${time}:00+05:30`

let s: SchedulingClinic
let desk: TestClient

beforeAll(async () => {
  s = await schedulingClinic()
  desk = s.reception.client
}, 120_000)
afterAll(() => s.t.close())

async function book(startsAt: string) {
  const response = await desk.post('/api/v1/appointments', {
    patientId: await s.patient(),
    doctorUserId: s.doctor.userId,
    startsAt,
    durationMinutes: 15,
    allowOutsideHours: true,
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; patient: { id: string } }
}

const move = (id: string, status: string) =>
  desk.post(`/api/v1/appointments/${id}/status`, { status })
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { message: string; field?: string } }).error

async function expectRefused(response: Response, reason: RegExp) {
  expect(response.status).toBe(409)
  const error = await errorOf(response)
  expect(error.field).toBe('status')
  expect(error.message).toMatch(reason)
}

describe('statuses follow time', () => {
  it('refuses checking in, starting or completing tomorrow’s appointment today', async () => {
    s.t.clock.set(NOW)
    const booked = await book(tuesday('09:00'))
    await expectRefused(await move(booked.id, 'arrived'), /before the appointment's day/)
    expect((await move(booked.id, 'confirmed')).status).toBe(200)
    await expectRefused(await move(booked.id, 'arrived'), /before the appointment's day/)
    await expectRefused(await move(booked.id, 'in_treatment'), /cannot become/)
    await expectRefused(await move(booked.id, 'completed'), /cannot become/)
    const shown = await (await desk.get(`/api/v1/appointments/${booked.id}`)).json()
    expect(shown.status).toBe('confirmed')
  })

  it('checks in early on the appointment’s own day, and completes it', async () => {
    s.t.clock.set(NOW)
    const booked = await book(today('11:00'))
    for (const status of ['arrived', 'in_treatment', 'completed']) {
      expect((await move(booked.id, status)).status, status).toBe(200)
    }
  })

  it('refuses a no-show before the start time, and allows it after', async () => {
    s.t.clock.set(NOW)
    const booked = await book(today('08:10'))
    await expectRefused(await move(booked.id, 'no_show'), /before it starts/)
    s.t.clock.advance(9 * 60_000 + 59_000) // 08:09:59
    await expectRefused(await move(booked.id, 'no_show'), /before it starts/)
    s.t.clock.advance(15 * 60_000) // 08:24:59
    const noShow = await move(booked.id, 'no_show')
    expect(noShow.status).toBe(200)
    expect((await noShow.json()).status).toBe('no_show')
    s.t.clock.set(NOW)
  })

  it('keeps back-entries of past appointments working', async () => {
    s.t.clock.set(NOW)
    const patientId = await s.patient()
    const response = await desk.post('/api/v1/appointments', {
      patientId,
      doctorUserId: s.doctor.userId,
      startsAt: '2026-11-20T11:00:00+05:30',
      durationMinutes: 30,
      isBackEntry: true,
    })
    const { id } = (await response.json()) as { id: string }
    for (const status of ['arrived', 'completed']) {
      expect((await move(id, status)).status, status).toBe(200)
    }
    const other = await desk.post('/api/v1/appointments', {
      patientId,
      doctorUserId: s.doctor.userId,
      startsAt: '2026-11-20T12:00:00+05:30',
      durationMinutes: 30,
      isBackEntry: true,
    })
    expect((await move(((await other.json()) as { id: string }).id, 'no_show')).status).toBe(200)
  })

  it('attendance never shows a last visit in the future', async () => {
    s.t.clock.set(NOW)
    const booked = await book(tuesday('11:00'))
    const patientId = booked.patient.id
    await move(booked.id, 'arrived')
    await move(booked.id, 'completed')
    const attendance = async () =>
      (await (await desk.get(`/api/v1/patients/${patientId}/attendance`)).json()) as {
        completed: number
        upcoming: number
        lastCompletedAt: string | null
      }
    expect(await attendance()).toMatchObject({ completed: 0, upcoming: 1, lastCompletedAt: null })

    // A row completed ahead of time before these rules existed still shows no future date.
    await withClinic(s.t.database.db, { clinicId: s.clinicId, userId: s.owner.userId }, (tx) =>
      sql`UPDATE appointments SET status = 'completed' WHERE id = ${booked.id}`.execute(tx),
    )
    const shown = await attendance()
    expect(shown.completed).toBe(1)
    expect(shown.lastCompletedAt).toBe(NOW.toISOString())
  })
})
