import { describe, expect, it } from 'vitest'
import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { catalogues } from '../../i18n/messages.ts'
import { bookedMessage } from './appointment-text.ts'

const t: Translate = (key, values = {}) =>
  catalogues.en[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')

// 24/11/2026 10:00–10:30 in Kolkata.
const appointment = {
  patient: { id: 'p', fullName: 'Anita Desai', patientNumber: 'P-000001' },
  startsAt: '2026-11-24T04:30:00.000Z',
  endsAt: '2026-11-24T05:00:00.000Z',
  status: 'completed',
} as Appointment

describe('bookedMessage', () => {
  it('announces a booking ahead as booked', () => {
    const before = new Date('2026-11-23T12:00:00.000Z')
    expect(bookedMessage({ ...appointment, status: 'booked' }, 'Asia/Kolkata', t, before)).toBe(
      'Booked Anita Desai on 24/11/2026 at 10:00.',
    )
  })

  it('announces a past visit as recorded, with the status it was recorded as', () => {
    const after = new Date('2026-11-25T12:00:00.000Z')
    expect(bookedMessage(appointment, 'Asia/Kolkata', t, after)).toBe(
      'Recorded the visit of Anita Desai on 24/11/2026 at 10:00 as completed.',
    )
  })
})
