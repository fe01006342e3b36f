import { describe, expect, it } from 'vitest'
import { AppError, because, fieldError, issue, validationError } from './errors.ts'

describe('AppError', () => {
  it('carries the reason, its parameters and the English text made from them', () => {
    const error = new AppError('conflict', 'appointment.doctor_busy', {
      from: '10:00',
      to: '10:30',
    })
    expect(error).toMatchObject({
      status: 409,
      reason: 'appointment.doctor_busy',
      params: { from: '10:00', to: '10:30' },
      message: 'The doctor already has an appointment from 10:00 to 10:30',
    })
  })

  it('repeats the first field issue at the top level, named by its field', () => {
    const error = validationError([issue('endsAt', 'appointment.too_long', { hours: 12 })])
    expect(error).toMatchObject({
      status: 400,
      reason: 'appointment.too_long',
      params: { hours: 12 },
      field: 'endsAt',
      message: 'endsAt: must be at most 12 hours after startsAt',
    })
    expect(
      fieldError('payload_too_large', 'file', 'document.too_large', { maximum: '25 MiB' }),
    ).toMatchObject({ status: 413, message: 'file: must be at most 25 MiB' })
  })

  it('gives zod refinements the reason and the English text', () => {
    expect(because('schedule.after', { other: 'from' })).toEqual({
      message: 'must be after from',
      params: { reason: 'schedule.after', values: { other: 'from' } },
    })
  })

  it('refuses, at compile time, an unknown reason or missing parameters', () => {
    // @ts-expect-error: not a reason in shared/errors/reasons.ts
    expect(() => new AppError('conflict', 'appointment.no_such_reason')).toThrow()
    // @ts-expect-error: appointment.doctor_busy needs { from, to }
    const missing = new AppError('conflict', 'appointment.doctor_busy')
    expect(missing.message).toContain('{from}')
  })
})
