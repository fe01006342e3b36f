import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { AppointmentSchema } from '../../../shared/contracts/appointments.ts'
import { api } from './api.ts'
import { ApiContractError, checkResponse, checksResponses } from './response-check.ts'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function answering(body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })),
  )
  vi.stubGlobal('document', { cookie: '' })
}

const appointment = {
  id: '5b0a2c1e-7d1f-4d6e-9a55-3f7c2b1d9e01',
  branchId: '0f8e6a4c-2b3d-4e5f-8a9b-1c2d3e4f5a6b',
  patient: {
    id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    fullName: 'Asha Verma',
    patientNumber: 'P-1',
  },
  doctor: { userId: '9b2f0e4a-1c3d-4b5e-8f6a-7d8c9e0f1a2b', fullName: 'Dr. Rao' },
  chairId: null,
  appointmentType: null,
  startsAt: '2026-03-02T04:30:00.000Z',
  endsAt: '2026-03-02T05:00:00.000Z',
  durationMinutes: 30,
  status: 'booked',
  isWalkIn: false,
  isOverride: false,
  notes: null,
  cancelReason: null,
  statusChangedAt: '2026-03-01T10:00:00.000Z',
}

describe('response checks in test mode', () => {
  it('are on when the app runs in test mode (vitest, and the browser tests’ build)', () => {
    expect(checksResponses).toBe(true)
  })

  it('refuse an answer that breaks its shared contract, naming the path and the field', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const parsed = AppointmentSchema.safeParse(appointment)
    // The fixture itself must match, so the refusal below is about the one field changed.
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    answering({ ...appointment, startsAt: 'next Tuesday' })

    const read = api('/appointments/a1', { schema: AppointmentSchema })

    await expect(read).rejects.toBeInstanceOf(ApiContractError)
    await expect(read).rejects.toMatchObject({
      method: 'GET',
      path: '/appointments/a1',
      field: 'startsAt',
    })
  })

  it('log the refusal as a console error naming path and field but no value (the browser tests fail on it)', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const list = z.array(AppointmentSchema)

    expect(() =>
      checkResponse('GET', '/appointments', list, [appointment, { ...appointment, status: 7 }]),
    ).toThrow(ApiContractError)

    expect(logged).toHaveBeenCalledTimes(1)
    const message = String(logged.mock.calls[0]?.[0])
    expect(message).toMatch(/^ApiContractError: GET \/appointments: .* at 1\.status/)
    expect(message).not.toContain('Asha')
  })

  it('let an answer that matches through untouched', async () => {
    answering(appointment)
    expect(await api('/appointments/a1', { schema: AppointmentSchema })).toEqual(appointment)
  })
})
