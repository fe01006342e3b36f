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

  it('copes with bodies that are not the documented shape', () => {
    const error = toApiError(502, undefined)
    expect(error.code).toBe('unknown')
    expect(error.issues).toEqual([])
  })
})
