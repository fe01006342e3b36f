import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import {
  type SchedulingClinic,
  schedulingClinic,
  tuesday,
} from '../../../test/scheduling-clinic.ts'

let s: SchedulingClinic

beforeAll(async () => {
  s = await schedulingClinic()
}, 120_000)
afterAll(() => s.t.close())

const day = (client = s.reception.client) =>
  client
    .get('/api/v1/waiting-list?date=2026-11-24')
    .then(
      (response) =>
        response.json() as Promise<
          { id: string; resolvedAt: string | null; appointmentId: string | null }[]
        >,
    )

describe('the waiting list', () => {
  it('holds patients waiting on a day until they are booked', async () => {
    const patientId = await s.patient('Waiting Patient')
    const added = await s.reception.client.post('/api/v1/waiting-list', {
      patientId,
      date: '2026-11-24',
      doctorUserId: s.doctor.userId,
      note: 'Any time after 4 pm',
    })
    expect(added.status).toBe(201)
    const entry = await added.json()
    expect(entry).toMatchObject({
      date: '2026-11-24',
      patient: { id: patientId, fullName: 'Waiting Patient 1' },
      doctor: { userId: s.doctor.userId, fullName: 'Test doctor' },
      note: 'Any time after 4 pm',
      resolvedAt: null,
    })
    const booked = await (
      await s.reception.client.post('/api/v1/appointments', {
        patientId,
        doctorUserId: s.doctor.userId,
        startsAt: tuesday('16:00'),
      })
    ).json()
    const resolved = await s.reception.client.post(`/api/v1/waiting-list/${entry.id}/resolve`, {
      appointmentId: booked.id,
    })
    expect(resolved.status).toBe(200)
    expect(await resolved.json()).toMatchObject({ appointmentId: booked.id, resolvedAt: NOW_ISO })
    expect(
      (await s.reception.client.post(`/api/v1/waiting-list/${entry.id}/resolve`, {})).status,
    ).toBe(404)
    expect((await day()).find((each) => each.id === entry.id)?.resolvedAt).toBe(NOW_ISO)
  })

  it('names bad fields, and only those who book may change it', async () => {
    const patientId = await s.patient()
    const bad = await s.reception.client.post('/api/v1/waiting-list', {
      patientId,
      date: '24/11/2026',
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.field).toBe('date')
    const unknown = await s.reception.client.post('/api/v1/waiting-list', {
      patientId: '00000000-0000-4000-8000-000000000000',
      date: '2026-11-24',
    })
    expect((await unknown.json()).error.field).toBe('patientId')
    for (const person of [s.accountant, s.assistant]) {
      const refused = await person.client.post('/api/v1/waiting-list', {
        patientId,
        date: '2026-11-24',
      })
      expect(refused.status).toBe(403)
      expect((await person.client.get('/api/v1/waiting-list?date=2026-11-24')).status).toBe(200)
    }
  })

  it('another clinic sees none of it and cannot resolve it', async () => {
    const patientId = await s.patient()
    const { id } = await (
      await s.reception.client.post('/api/v1/waiting-list', { patientId, date: '2026-11-24' })
    ).json()
    const other = (await signUpClinic(s.t.app, 'Other Dental')).client
    expect(await day(other)).toEqual([])
    expect((await other.post(`/api/v1/waiting-list/${id}/resolve`, {})).status).toBe(404)
    expect((await day()).find((each) => each.id === id)?.resolvedAt).toBeNull()
  })
})

const NOW_ISO = '2026-11-23T02:30:00.000Z'
