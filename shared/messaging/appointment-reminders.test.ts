import { describe, expect, it } from 'vitest'
import { appointmentReminders } from './appointment-reminders.ts'
import { DEFAULT_QUIET_HOURS } from './quiet-hours.ts'

// A Kolkata clinic (UTC+05:30). The appointment is at 17:30 IST on Friday 12 March 2027 (12:00Z).
const base = {
  appointmentId: '8f0c2a52-35d4-4c4b-9a55-5a3d0d4b7c11',
  startsAt: new Date('2027-03-12T12:00:00Z'),
  status: 'booked' as const,
  now: new Date('2027-03-08T06:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  timeZone: 'Asia/Kolkata',
}
const due = (plan: ReturnType<typeof appointmentReminders>) =>
  plan.map((m) => m.dueAt.toISOString())

describe('appointment reminders', () => {
  it('come 24 hours and 2 hours before, each with its own key', () => {
    const plan = appointmentReminders(base)
    expect(due(plan)).toEqual(['2027-03-11T12:00:00.000Z', '2027-03-12T10:00:00.000Z'])
    expect(new Set(plan.map((m) => m.idempotencyKey)).size).toBe(2)
    expect(plan.every((m) => m.kind === 'appointment_reminder')).toBe(true)
  })

  it('skip what has passed when the booking is late, and follow the clinic’s timings', () => {
    expect(due(appointmentReminders({ ...base, now: new Date('2027-03-12T07:00:00Z') }))).toEqual([
      '2027-03-12T10:00:00.000Z',
    ])
    expect(due(appointmentReminders({ ...base, minutesBefore: [48 * 60] }))).toEqual([
      '2027-03-10T12:00:00.000Z',
    ])
  })

  it('wait for the morning, and are dropped if the morning is too late', () => {
    // 09:00 IST (03:30Z): the 24-hour one is fine, the 2-hour one (07:00) waits until 08:00.
    const nine = appointmentReminders({ ...base, startsAt: new Date('2027-03-12T03:30:00Z') })
    expect(due(nine)).toEqual(['2027-03-11T03:30:00.000Z', '2027-03-12T02:30:00.000Z'])
    // 07:30 IST (02:00Z): the 2-hour one (05:30) would wait until after the visit began.
    const early = appointmentReminders({ ...base, startsAt: new Date('2027-03-12T02:00:00Z') })
    expect(due(early)).toEqual(['2027-03-11T02:30:00.000Z'])
  })

  it('are none for a cancelled, missed or started appointment', () => {
    for (const status of [
      'cancelled',
      'no_show',
      'arrived',
      'in_treatment',
      'completed',
    ] as const) {
      expect(appointmentReminders({ ...base, status })).toEqual([])
    }
    expect(appointmentReminders({ ...base, status: 'confirmed' })).toHaveLength(2)
  })

  it('get new keys when the appointment moves, and the same keys when planned again', () => {
    const first = appointmentReminders(base).map((m) => m.idempotencyKey)
    expect(appointmentReminders(base).map((m) => m.idempotencyKey)).toEqual(first)
    const moved = appointmentReminders({ ...base, startsAt: new Date('2027-03-12T13:00:00Z') })
    expect(moved.map((m) => m.idempotencyKey).some((key) => first.includes(key))).toBe(false)
  })
})
