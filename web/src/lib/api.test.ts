import { describe, expect, it } from 'vitest'
import { toApiError } from './api.ts'

describe('toApiError', () => {
  it('keeps the message, code and field issues of the documented error body', () => {
    const error = toApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'email: must be a valid email address',
        field: 'email',
        issues: [{ field: 'email', message: 'must be a valid email address' }],
        requestId: 'r1',
      },
    })
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation_failed')
    expect(error.message).toBe('email: must be a valid email address')
    expect(error.issues).toEqual([{ field: 'email', message: 'must be a valid email address' }])
  })

  it('turns a lone field into an issue', () => {
    const error = toApiError(401, {
      error: {
        code: 'unauthenticated',
        message: 'Enter the code',
        field: 'totpCode',
        requestId: 'r',
      },
    })
    expect(error.issues).toEqual([{ field: 'totpCode', message: 'Enter the code' }])
  })

  it('keeps the whole body for answers that carry more than the error', () => {
    const body = { error: { code: 'conflict', message: 'Choose', requestId: 'r' }, clinics: [] }
    expect(toApiError(409, body).body).toBe(body)
  })

  it('keeps the reason and parameters the screen translates, on the error and a lone field', () => {
    const error = toApiError(401, {
      error: {
        code: 'unauthenticated',
        reason: 'auth.too_many_attempts',
        params: { minutes: 15 },
        message: 'Too many failed attempts. Try again in 15 minutes.',
        field: 'password',
        requestId: 'r',
      },
    })
    expect(error.reason).toBe('auth.too_many_attempts')
    expect(error.params).toEqual({ minutes: 15 })
    expect(error.issues[0]).toMatchObject({
      reason: 'auth.too_many_attempts',
      params: { minutes: 15 },
    })
    expect(toApiError(502, undefined).reason).toBeUndefined()
  })

  it('copes with bodies that are not the documented shape', () => {
    const error = toApiError(502, undefined)
    expect(error.code).toBe('unknown')
    expect(error.issues).toEqual([])
  })
})
