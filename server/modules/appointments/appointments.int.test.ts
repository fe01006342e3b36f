import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestClient } from '../../../test/http-client.ts'
import {
  type SchedulingClinic,
  schedulingClinic,
  tuesday,
} from '../../../test/scheduling-clinic.ts'
import { withClinic } from '../../db/with-clinic.ts'

let s: SchedulingClinic
let desk: TestClient

beforeAll(async () => {
  s = await schedulingClinic()
  desk = s.reception.client
}, 120_000)
afterAll(() => s.t.close())

const book = (body: object, client = desk) => client.post('/api/v1/appointments', body)
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { message: string; field?: string } }).error

async function liveAppointments() {
  return s.t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM appointments
      WHERE clinic_id = ${s.clinicId} AND status NOT IN ('cancelled', 'no_show')`.execute(tx)
    return rows[0]?.n ?? 0
  })
}

describe('booking', () => {
  it('books a slot and shows it on the day’s calendar with patient, doctor and type', async () => {
    const patientId = await s.patient('Anita Desai')
    const response = await book({
      patientId,
      doctorUserId: s.doctor.userId,
      chairId: s.chairs[0],
      appointmentTypeId: s.scalingTypeId,
      startsAt: tuesday('09:00'),
      notes: 'Prefers mornings',
    })
    expect(response.status).toBe(201)
    const booked = await response.json()
    expect(booked).toMatchObject({
      startsAt: '2026-11-24T03:30:00.000Z',
      endsAt: '2026-11-24T04:00:00.000Z',
      durationMinutes: 30,
      status: 'booked',
      isOverride: false,
      appointmentType: { name: 'Scaling', colour: '#2a9d8f' },
      doctor: { userId: s.doctor.userId, fullName: 'Test doctor' },
      patient: { id: patientId, patientNumber: expect.stringMatching(/^P-\d{6}$/) },
    })
    const day = (await (await desk.get('/api/v1/appointments?from=2026-11-24')).json()) as {
      id: string
    }[]
    expect(day.map((appointment) => appointment.id)).toContain(booked.id)
    // The day is the clinic's day: nothing on Monday or Wednesday.
    const monday = (await (await desk.get('/api/v1/appointments?from=2026-11-23')).json()) as []
    expect(monday).toEqual([])
  })

  it('refuses a doctor or chair already booked, naming the time; touching is fine', async () => {
    const [a, b, c] = [await s.patient(), await s.patient(), await s.patient()]
    const base = { doctorUserId: s.doctor.userId, durationMinutes: 30 }
    expect(
      (await book({ ...base, patientId: a, startsAt: tuesday('10:00'), chairId: s.chairs[0] }))
        .status,
    ).toBe(201)

    const before = await liveAppointments()
    const sameDoctor = await book({ ...base, patientId: b, startsAt: tuesday('10:15') })
    expect(sameDoctor.status).toBe(409)
    expect(await errorOf(sameDoctor)).toMatchObject({
      message: 'The doctor already has an appointment from 10:00 to 10:30',
      field: 'startsAt',
    })
    const sameChair = await book({
      patientId: b,
      doctorUserId: s.doctor2.userId,
      chairId: s.chairs[0],
      startsAt: tuesday('10:20'),
      durationMinutes: 20,
    })
    expect(sameChair.status).toBe(409)
    expect((await errorOf(sameChair)).message).toBe(
      'The chair already has an appointment from 10:00 to 10:30',
    )
    expect(await liveAppointments()).toBe(before)

    expect((await book({ ...base, patientId: c, startsAt: tuesday('10:30') })).status).toBe(201)
  })

  it('refuses outside working hours and on leave unless overridden, and records the override', async () => {
    const patientId = await s.patient()
    const lunch = {
      patientId,
      doctorUserId: s.doctor.userId,
      startsAt: tuesday('13:30'),
      durationMinutes: 30,
    }
    const refused = await book(lunch)
    expect(refused.status).toBe(409)
    const refusal = await errorOf(refused)
    expect(refusal.field).toBe('startsAt')
    expect(refusal.message).toContain('outside the doctor')
    // Running past the end of the morning session is outside too.
    expect((await book({ ...lunch, startsAt: tuesday('12:45') })).status).toBe(409)

    const overridden = await book({ ...lunch, allowOutsideHours: true })
    expect(overridden.status).toBe(201)
    const { id, isOverride } = await overridden.json()
    expect(isOverride).toBe(true)
    const audited = await s.t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ actor_user_id: string; after: { is_override: boolean } }>`
        SELECT actor_user_id, after FROM audit_events
        WHERE table_name = 'appointments' AND row_id = ${id} AND action = 'insert'`.execute(tx)
      return rows[0]
    })
    expect(audited).toMatchObject({
      actor_user_id: s.reception.userId,
      after: { is_override: true },
    })

    await withClinic(s.t.database.db, { clinicId: s.clinicId, userId: s.owner.userId }, (tx) =>
      sql`INSERT INTO schedule_exceptions (clinic_id, doctor_user_id, kind, starts_at, ends_at)
          VALUES (${s.clinicId}, ${s.doctor.userId}, 'leave', ${tuesday('15:00')}, ${tuesday('18:00')})`.execute(
        tx,
      ),
    )
    const onLeave = await book({ ...lunch, startsAt: tuesday('16:00') })
    expect(onLeave.status).toBe(409)
    expect((await errorOf(onLeave)).message).toContain('on leave')
  })

  it.each([
    [{ durationMinutes: 0 }, 'durationMinutes'],
    [{ durationMinutes: -30 }, 'durationMinutes'],
    [{ endsAt: tuesday('11:00'), startsAt: tuesday('11:30') }, 'endsAt'],
    [{ startsAt: '2026-11-24 11:00' }, 'startsAt'],
    [{ startsAt: '2026-11-20T11:00:00+05:30' }, 'startsAt'],
    [{ patientId: '00000000-0000-4000-8000-000000000000' }, 'patientId'],
    [{ doctorUserId: '00000000-0000-4000-8000-000000000000' }, 'doctorUserId'],
    [{ chairId: '00000000-0000-4000-8000-000000000000' }, 'chairId'],
  ])('bad input %j is a 400 naming %s, and nothing is booked', async (change, field) => {
    const patientId = await s.patient()
    const before = await liveAppointments()
    const response = await book({
      patientId,
      doctorUserId: s.doctor.userId,
      startsAt: tuesday('11:00'),
      durationMinutes: 30,
      ...change,
    })
    expect(response.status).toBe(400)
    expect((await errorOf(response)).field).toBe(field)
    expect(await liveAppointments()).toBe(before)
  })

  it('refuses a receptionist as the doctor, and books the past only as a back-entry', async () => {
    const patientId = await s.patient()
    const notADoctor = await book({
      patientId,
      doctorUserId: s.reception.userId,
      startsAt: tuesday('11:00'),
    })
    expect(notADoctor.status).toBe(400)
    expect((await errorOf(notADoctor)).field).toBe('doctorUserId')

    const backEntry = await book({
      patientId,
      doctorUserId: s.doctor.userId,
      startsAt: '2026-11-20T11:00:00+05:30',
      durationMinutes: 30,
      isBackEntry: true,
    })
    expect(backEntry.status).toBe(201)
    expect(await backEntry.json()).toMatchObject({ isOverride: true })
  })
})

describe('the visit', () => {
  it('goes booked → confirmed → arrived → in treatment → completed, and no further', async () => {
    const patientId = await s.patient()
    const { id } =
      await // Later today (a visit moves on only on its day: see status-timing.int.test.ts).
      (
        await book({
          patientId,
          doctorUserId: s.doctor2.userId,
          startsAt: '2026-11-23T08:30:00+05:30',
          allowOutsideHours: true,
        })
      ).json()
    for (const status of ['confirmed', 'arrived', 'in_treatment', 'completed']) {
      const response = await desk.post(`/api/v1/appointments/${id}/status`, { status })
      expect(response.status, status).toBe(200)
      expect((await response.json()).status).toBe(status)
    }
    const noShow = await desk.post(`/api/v1/appointments/${id}/status`, { status: 'no_show' })
    expect(noShow.status).toBe(409)
    expect((await errorOf(noShow)).field).toBe('status')
    const cancel = await desk.post(`/api/v1/appointments/${id}/cancel`, { reason: 'Too late' })
    expect(cancel.status).toBe(409)
  })

  it('cancels with a reason, which frees the slot', async () => {
    const [a, b] = [await s.patient(), await s.patient()]
    const slot = { doctorUserId: s.doctor2.userId, startsAt: tuesday('15:00'), durationMinutes: 45 }
    const { id } = await (await book({ ...slot, patientId: a })).json()
    expect((await book({ ...slot, patientId: b })).status).toBe(409)
    const noReason = await desk.post(`/api/v1/appointments/${id}/cancel`, { reason: ' ' })
    expect(noReason.status).toBe(400)
    expect((await errorOf(noReason)).field).toBe('reason')
    const cancelled = await desk.post(`/api/v1/appointments/${id}/cancel`, {
      reason: 'Patient travelling',
    })
    expect(await cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Patient travelling',
    })
    expect((await book({ ...slot, patientId: b })).status).toBe(201)
  })

  it('a walk-in starts now and has arrived', async () => {
    const patientId = await s.patient()
    const response = await desk.post('/api/v1/appointments/walk-in', {
      patientId,
      doctorUserId: s.doctor.userId,
      durationMinutes: 20,
      allowOutsideHours: true,
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({
      startsAt: '2026-11-23T02:30:00.000Z',
      durationMinutes: 20,
      status: 'arrived',
      isWalkIn: true,
    })
  })

  it('moves and resizes a booking, refusing a collision or a cancelled visit', async () => {
    const [a, b] = [await s.patient(), await s.patient()]
    const doctor = s.doctor2.userId
    const first = await (
      await book({ patientId: a, doctorUserId: doctor, startsAt: tuesday('11:00') })
    ).json()
    await book({
      patientId: b,
      doctorUserId: doctor,
      startsAt: tuesday('12:00'),
      durationMinutes: 30,
    })

    const moved = await desk.patch(`/api/v1/appointments/${first.id}`, {
      startsAt: tuesday('11:30'),
      durationMinutes: 30,
    })
    expect(moved.status).toBe(200)
    expect(await moved.json()).toMatchObject({
      startsAt: '2026-11-24T06:00:00.000Z',
      durationMinutes: 30,
    })
    // Growing into the next booking collides; growing in place of itself does not.
    const grown = await desk.patch(`/api/v1/appointments/${first.id}`, { durationMinutes: 45 })
    expect(grown.status).toBe(409)
    expect((await errorOf(grown)).message).toBe(
      'The doctor already has an appointment from 12:00 to 12:30',
    )
    expect(
      (await desk.patch(`/api/v1/appointments/${first.id}`, { durationMinutes: 25 })).status,
    ).toBe(200)

    const cancelled = await desk.post(`/api/v1/appointments/${first.id}/cancel`, {
      reason: 'Patient travelling',
    })
    expect(cancelled.status).toBe(200)
    const late = await desk.patch(`/api/v1/appointments/${first.id}`, {
      startsAt: tuesday('16:00'),
    })
    expect(late.status).toBe(409)
  })
})

describe('free slots', () => {
  it('follow hours and breaks, skip bookings and leave, and start no earlier than now', async () => {
    const doctor = s.doctor.userId
    const slots = async (date: string, minutes: number) =>
      (await (
        await desk.get(
          `/api/v1/appointments/free-slots?doctorUserId=${doctor}&date=${date}&durationMinutes=${minutes}`,
        )
      ).json()) as { hasWorkingHours: boolean; sessions: object[]; slots: { startsAt: string }[] }
    const day = await slots('2026-11-24', 30)
    expect(day.hasWorkingHours).toBe(true)
    expect(day.sessions).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '18:00' },
    ])
    const starts = day.slots.map((slot) => slot.startsAt)
    // Booked earlier in this file: 09:00–09:30, 10:00–10:30, 10:30–11:00, 13:30 override; leave 15:00–18:00.
    expect(starts).not.toContain('2026-11-24T03:30:00.000Z') // 09:00
    expect(starts).toContain('2026-11-24T04:00:00.000Z') // 09:30
    expect(starts).not.toContain('2026-11-24T04:15:00.000Z') // 09:45 would run into 10:00
    expect(starts).not.toContain('2026-11-24T07:15:00.000Z') // 12:45 would span lunch
    expect(starts).toContain('2026-11-24T08:30:00.000Z') // 14:00
    expect(starts).not.toContain('2026-11-24T09:30:00.000Z') // 15:00, on leave
    expect(starts.at(-1)).toBe('2026-11-24T09:00:00.000Z') // 14:30 is the last before leave
    expect((await slots('2026-11-25', 30)).slots).toEqual([]) // no hours on Wednesdays

    const bad = await desk.get(
      `/api/v1/appointments/free-slots?doctorUserId=${doctor}&date=24-11-2026&durationMinutes=30`,
    )
    expect(bad.status).toBe(400)
  })
})
