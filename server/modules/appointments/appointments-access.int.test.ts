import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import {
  type SchedulingClinic,
  schedulingClinic,
  tuesday,
} from '../../../test/scheduling-clinic.ts'
import { type Tx, withClinic } from '../../db/with-clinic.ts'

let s: SchedulingClinic

beforeAll(async () => {
  s = await schedulingClinic()
}, 120_000)
afterAll(() => s.t.close())

const asStaff = (userId: string, work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(s.t.database.db, { clinicId: s.clinicId, userId }, work)

async function bookFor(doctorUserId: string, time: string, patientId?: string) {
  const response = await s.reception.client.post('/api/v1/appointments', {
    patientId: patientId ?? (await s.patient()),
    doctorUserId,
    startsAt: tuesday(time),
    durationMinutes: 30,
  })
  expect(response.status).toBe(201)
  return (await response.json()) as { id: string; patient: { id: string } }
}

describe('no double booking, by the database', () => {
  it('of twenty bookings fired at once for one slot, exactly one succeeds', async () => {
    const patients = await Promise.all(Array.from({ length: 20 }, () => s.patient('Racer')))
    const responses = await Promise.all(
      patients.map((patientId) =>
        s.reception.client.post('/api/v1/appointments', {
          patientId,
          doctorUserId: s.doctor2.userId,
          startsAt: tuesday('16:00'),
          durationMinutes: 30,
        }),
      ),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(19)
    const live = await s.t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM appointments
        WHERE clinic_id = ${s.clinicId} AND doctor_user_id = ${s.doctor2.userId}
          AND status NOT IN ('cancelled', 'no_show')
          AND during && tstzrange(${tuesday('16:00')}, ${tuesday('16:30')})`.execute(tx)
      return rows[0]?.n
    })
    expect(live).toBe(1)
  })

  it('the constraint holds even for a direct insert that skips the API', async () => {
    const { patient } = await bookFor(s.doctor.userId, '17:00')
    const clash = await asStaff(s.owner.userId, (tx) =>
      sql`INSERT INTO appointments (clinic_id, branch_id, patient_id, doctor_user_id, starts_at, ends_at)
          SELECT ${s.clinicId}, id, ${patient.id}, ${s.doctor.userId}, ${tuesday('17:15')}, ${tuesday('17:45')}
          FROM branches LIMIT 1`.execute(tx),
    ).catch((error: { code?: string }) => error.code)
    expect(clash).toBe('23P01')
  })
})

describe('who sees and changes appointments', () => {
  it('a doctor sees and changes only their own; the front desk and assistants see all', async () => {
    const mine = await bookFor(s.doctor.userId, '09:00')
    const theirs = await bookFor(s.doctor2.userId, '09:00')
    const day = async (client = s.doctor.client) =>
      (
        (await (await client.get('/api/v1/appointments?from=2026-11-24')).json()) as {
          id: string
        }[]
      ).map((appointment) => appointment.id)
    expect(await day()).toContain(mine.id)
    expect(await day()).not.toContain(theirs.id)
    expect(await day(s.assistant.client)).toEqual(expect.arrayContaining([mine.id, theirs.id]))
    expect((await s.doctor.client.get(`/api/v1/appointments/${theirs.id}`)).status).toBe(404)
    expect(
      (await s.doctor.client.post(`/api/v1/appointments/${theirs.id}/cancel`, { reason: 'x' }))
        .status,
    ).toBe(404)
    // Booking for a colleague is refused by the database's policy.
    const forColleague = await s.doctor.client.post('/api/v1/appointments', {
      patientId: await s.patient(),
      doctorUserId: s.doctor2.userId,
      startsAt: tuesday('11:00'),
    })
    expect(forColleague.status).toBe(403)
    expect(await asStaff(s.doctor.userId, countOf(theirs.id))).toBe(0)
    expect(await asStaff(s.doctor.userId, cancelAll(theirs.id))).toBe(0)

    // The owner lets doctors see every calendar.
    await s.owner.client.patch('/api/v1/clinic/settings', { doctorsSeeAllAppointments: true })
    try {
      expect(await day()).toContain(theirs.id)
    } finally {
      await s.owner.client.patch('/api/v1/clinic/settings', { doctorsSeeAllAppointments: false })
    }
    expect(await day()).not.toContain(theirs.id)
  })

  it('accountants and assistants read but cannot book; the database refuses them too', async () => {
    const booked = await bookFor(s.doctor.userId, '12:00')
    for (const person of [s.accountant, s.assistant]) {
      const response = await person.client.post('/api/v1/appointments', {
        patientId: booked.patient.id,
        doctorUserId: s.doctor.userId,
        startsAt: tuesday('14:00'),
      })
      expect(response.status).toBe(403)
      expect(
        (
          await person.client.post(`/api/v1/appointments/${booked.id}/status`, {
            status: 'arrived',
          })
        ).status,
      ).toBe(403)
      expect(await asStaff(person.userId, countOf(booked.id))).toBe(1)
      expect(await asStaff(person.userId, cancelAll(booked.id))).toBe(0)
    }
    // Accountants see the slot but not who the patient is.
    const forAccounts = await (
      await s.accountant.client.get(`/api/v1/appointments/${booked.id}`)
    ).json()
    expect(forAccounts.patient).toEqual({
      id: booked.patient.id,
      fullName: null,
      patientNumber: null,
    })
  })

  it('a doctor with an appointment may open the patient’s clinical history', async () => {
    const patientId = await s.patient('Seen Today')
    expect((await s.doctor2.client.get(`/api/v1/patients/${patientId}/history`)).status).toBe(403)
    const { id } = await bookFor(s.doctor2.userId, '12:30', patientId)
    expect((await s.doctor2.client.get(`/api/v1/patients/${patientId}/history`)).status).toBe(200)
    await s.reception.client.post(`/api/v1/appointments/${id}/cancel`, {
      reason: 'Booked by mistake',
    })
    expect((await s.doctor2.client.get(`/api/v1/patients/${patientId}/history`)).status).toBe(403)

    // Booking oneself with a patient does not open their record.
    const selfBooked = await s.doctor2.client.post('/api/v1/appointments', {
      patientId,
      doctorUserId: s.doctor2.userId,
      startsAt: tuesday('17:00'),
    })
    expect(selfBooked.status).toBe(201)
    expect((await s.doctor2.client.get(`/api/v1/patients/${patientId}/history`)).status).toBe(403)
  })

  it('clinic B can neither see nor change clinic A’s appointments', async () => {
    const booked = await bookFor(s.doctor.userId, '14:00')
    const other = (await signUpClinic(s.t.app, 'Other Dental')).client
    const answers = [
      await other.get(`/api/v1/appointments/${booked.id}`),
      await other.patch(`/api/v1/appointments/${booked.id}`, { notes: 'Changed' }),
      await other.post(`/api/v1/appointments/${booked.id}/cancel`, { reason: 'Changed' }),
      await other.post(`/api/v1/appointments/${booked.id}/status`, { status: 'arrived' }),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404])
    expect(await (await other.get('/api/v1/appointments?from=2026-11-24')).json()).toEqual([])
    const intoA = await other.post('/api/v1/appointments', {
      patientId: booked.patient.id,
      doctorUserId: s.doctor.userId,
      startsAt: tuesday('15:00'),
    })
    expect(intoA.status).toBe(400)
    expect(
      (await (await s.reception.client.get(`/api/v1/appointments/${booked.id}`)).json()).status,
    ).toBe('booked')
  })
})

describe('attendance and recalls', () => {
  it('counts a patient’s visits and lists who is due for a check-up', async () => {
    const patientId = await s.patient('Regular Visitor')
    const visit = async (date: string, status: 'completed' | 'no_show' | 'cancelled') => {
      const response = await s.reception.client.post('/api/v1/appointments', {
        patientId,
        doctorUserId: s.doctor.userId,
        startsAt: `${date}T10:00:00+05:30`,
        durationMinutes: 30,
        isBackEntry: true,
      })
      const { id } = (await response.json()) as { id: string }
      if (status === 'cancelled') {
        await s.reception.client.post(`/api/v1/appointments/${id}/cancel`, { reason: 'Unwell' })
      } else if (status === 'no_show') {
        await s.reception.client.post(`/api/v1/appointments/${id}/status`, { status })
      } else {
        for (const next of ['arrived', 'completed']) {
          await s.reception.client.post(`/api/v1/appointments/${id}/status`, { status: next })
        }
      }
    }
    await visit('2026-04-10', 'completed')
    await visit('2026-05-12', 'completed')
    await visit('2026-06-01', 'no_show')
    await visit('2026-06-15', 'cancelled')
    const attendance = await (
      await s.reception.client.get(`/api/v1/patients/${patientId}/attendance`)
    ).json()
    expect(attendance).toMatchObject({
      completed: 2,
      cancelled: 1,
      noShow: 1,
      upcoming: 0,
      lastCompletedAt: '2026-05-12T04:30:00.000Z',
    })
    expect(attendance.appointments).toHaveLength(4)

    await withClinic(s.t.database.db, { clinicId: s.clinicId, userId: s.owner.userId }, (tx) =>
      sql`INSERT INTO recall_rules (clinic_id, name, interval_months)
          VALUES (${s.clinicId}, 'Six-monthly check-up', 6)`.execute(tx),
    )
    const due = async (withinDays: number) =>
      (
        (await (
          await s.reception.client.get(`/api/v1/recalls/due?withinDays=${withinDays}`)
        ).json()) as {
          patient: { id: string }
          dueOn: string
        }[]
      ).filter((recall) => recall.patient.id === patientId)
    // Last completed 12 May 2026: due 12 November, already past on 23 November.
    expect(await due(0)).toMatchObject([{ dueOn: '2026-11-12' }])
    // Something booked ahead takes them off the list.
    await bookFor(s.doctor.userId, '15:30', patientId)
    expect(await due(0)).toEqual([])
  })
})

const countOf = (id: string) => async (tx: Tx) =>
  (
    await sql<{ n: number }>`SELECT count(*)::int AS n FROM appointments WHERE id = ${id}`.execute(
      tx,
    )
  ).rows[0]?.n

const cancelAll = (id: string) => async (tx: Tx) =>
  Number(
    (
      await sql`UPDATE appointments SET status = 'cancelled', cancel_reason = 'x' WHERE id = ${id}`.execute(
        tx,
      )
    ).numAffectedRows,
  )
