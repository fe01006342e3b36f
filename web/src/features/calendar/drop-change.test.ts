import { describe, expect, it } from 'vitest'
import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import type { CalendarColumn } from './columns.ts'
import { dropChange } from './drop-change.ts'

// 10:00–10:30 on 24/11/2026 in Kolkata (04:30–05:00 UTC) with Dr A, no chair.
const appointment = {
  id: 'a',
  doctor: { userId: 'doctor-a', fullName: 'Dr A' },
  chairId: null,
  startsAt: '2026-11-24T04:30:00.000Z',
  endsAt: '2026-11-24T05:00:00.000Z',
  durationMinutes: 30,
} as Appointment
const zone = 'Asia/Kolkata'
const doctorColumn = (doctorUserId: string): CalendarColumn => ({
  key: `doctor:${doctorUserId}`,
  label: doctorUserId,
  date: '2026-11-24',
  doctorUserId,
  working: null,
})
const target = (start: number, duration = 30) => ({
  appointmentId: 'a',
  columnKey: 'x',
  start,
  duration,
})

describe('dropChange', () => {
  it('sends only the new start for a move down an hour', () => {
    expect(dropChange(appointment, doctorColumn('doctor-a'), target(660), zone)).toEqual({
      startsAt: '2026-11-24T05:30:00.000Z',
    })
  })

  it('sends only the length for a resize', () => {
    expect(dropChange(appointment, doctorColumn('doctor-a'), target(600, 45), zone)).toEqual({
      durationMinutes: 45,
    })
  })

  it('sends the doctor when dropped in another doctor’s column', () => {
    expect(dropChange(appointment, doctorColumn('doctor-b'), target(600), zone)).toEqual({
      doctorUserId: 'doctor-b',
    })
  })

  it('sends the chair, or none, for a chair column', () => {
    const chair: CalendarColumn = {
      key: 'chair:c',
      label: 'C',
      date: '2026-11-24',
      chairId: 'c',
      working: null,
    }
    expect(dropChange(appointment, chair, target(600), zone)).toEqual({ chairId: 'c' })
    expect(dropChange(appointment, { ...chair, chairId: null }, target(600), zone)).toEqual({})
  })

  it('moves to another day of the week view', () => {
    const thursday = { ...doctorColumn('doctor-a'), date: '2026-11-26' }
    expect(dropChange(appointment, thursday, target(600), zone)).toEqual({
      startsAt: '2026-11-26T04:30:00.000Z',
    })
  })
})
