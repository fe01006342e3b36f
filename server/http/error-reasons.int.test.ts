import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorReasons } from '../../shared/errors/reasons.ts'
import type { TestClient } from '../../test/http-client.ts'
import { type SchedulingClinic, schedulingClinic, tuesday } from '../../test/scheduling-clinic.ts'

// Every refusal carries a stable reason with its parameters, which the web app translates;
// the English message stays for API users. One example of each kind of refusal.

interface ErrorBody {
  error: {
    code: string
    reason: string
    params: Record<string, string | number>
    message: string
    field?: string
    issues?: { field: string; reason: string; params: object; message: string }[]
  }
}

let s: SchedulingClinic
let desk: TestClient

beforeAll(async () => {
  s = await schedulingClinic()
  desk = s.reception.client
}, 120_000)
afterAll(() => s.t.close())

const book = (body: object) => desk.post('/api/v1/appointments', body)
const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error

describe('error reasons', () => {
  it('a schema failure names each field with a generic reason and its limits', async () => {
    const response = await book({
      patientId: await s.patient(),
      startsAt: tuesday('09:00'),
      durationMinutes: 3,
      notes: 'x'.repeat(501),
    })
    expect(response.status).toBe(400)
    const error = await errorOf(response)
    const byField = Object.fromEntries((error.issues ?? []).map((issue) => [issue.field, issue]))
    expect(byField.doctorUserId).toMatchObject({ reason: 'field.required', params: {} })
    expect(byField.durationMinutes).toMatchObject({
      reason: 'field.too_small',
      params: { minimum: 5 },
      message: 'must be at least 5 minutes',
    })
    expect(byField.notes).toMatchObject({ reason: 'field.too_long', params: { maximum: 500 } })
    // The first issue is repeated at the top level, in the existing shape.
    const first = error.issues?.[0]
    expect(error).toMatchObject({
      code: 'validation_failed',
      reason: first?.reason,
      params: first?.params,
      field: first?.field,
      message: `${first?.field}: ${first?.message}`,
    })
  })

  it('a domain rule: booking in the past is appointment.start_in_past on startsAt', async () => {
    const response = await book({
      patientId: await s.patient(),
      doctorUserId: s.doctor.userId,
      // The day before the test clock's today.
      startsAt: '2026-11-22T10:00:00+05:30',
    })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({
      code: 'validation_failed',
      reason: 'appointment.start_in_past',
      params: {},
      field: 'startsAt',
      message: `startsAt: ${errorReasons['appointment.start_in_past']}`,
      issues: [{ field: 'startsAt', reason: 'appointment.start_in_past', params: {} }],
    })
  })

  it('a clash is appointment.doctor_busy with the clashing times as parameters', async () => {
    const patientName = 'Kavya Iyer'
    const first = await book({
      patientId: await s.patient(patientName),
      doctorUserId: s.doctor.userId,
      startsAt: tuesday('11:00'),
      durationMinutes: 30,
    })
    expect(first.status).toBe(201)
    const response = await book({
      patientId: await s.patient(),
      doctorUserId: s.doctor.userId,
      startsAt: tuesday('11:15'),
    })
    expect(response.status).toBe(409)
    const error = await errorOf(response)
    expect(error).toMatchObject({
      code: 'conflict',
      reason: 'appointment.doctor_busy',
      params: { from: '11:00', to: '11:30' },
      message: 'The doctor already has an appointment from 11:00 to 11:30',
      issues: [
        {
          field: 'startsAt',
          reason: 'appointment.overlaps',
          params: { from: '11:00', to: '11:30' },
        },
      ],
    })
    expect(JSON.stringify(error)).not.toContain(patientName)
  })

  it('a refused status change carries the statuses as codes', async () => {
    const booked = await book({
      patientId: await s.patient(),
      doctorUserId: s.doctor.userId,
      startsAt: tuesday('15:00'),
    })
    const { id } = (await booked.json()) as { id: string }
    const response = await desk.post(`/api/v1/appointments/${id}/status`, { status: 'completed' })
    expect(response.status).toBe(409)
    expect(await errorOf(response)).toMatchObject({
      code: 'conflict',
      reason: 'appointment.status_not_next',
      params: { from: 'booked', to: 'completed' },
      issues: [{ field: 'status', reason: 'appointment.status_not_next' }],
    })
  })

  it('outside working hours is a reason the screen can offer to override', async () => {
    const response = await book({
      patientId: await s.patient(),
      doctorUserId: s.doctor.userId,
      startsAt: tuesday('13:15'),
    })
    expect(response.status).toBe(409)
    expect(await errorOf(response)).toMatchObject({
      reason: 'appointment.outside_hours',
      issues: [{ field: 'startsAt', reason: 'appointment.outside_working_hours' }],
    })
  })

  it('a refusal outside any module has a reason too', async () => {
    const noRoute = await desk.get('/api/v1/no-such-thing')
    expect(await errorOf(noRoute)).toMatchObject({
      code: 'not_found',
      reason: 'request.no_such_route',
      params: {},
    })
  })

  it('a chair name taken is reported on name, through the database constraint', async () => {
    const owner = s.owner.client
    const first = await owner.post('/api/v1/schedule/chairs', { name: 'Chair 1' })
    expect(first.status).toBe(409)
    expect(await errorOf(first)).toMatchObject({
      code: 'conflict',
      reason: 'schedule.chair_name_taken',
      field: 'name',
    })
  })
})
