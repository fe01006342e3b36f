import { describe, expect, it } from 'vitest'
import { parseHealthResponse } from './health-response.ts'

describe('parseHealthResponse', () => {
  it('accepts the documented shape', () => {
    const body = { status: 'ok', database: 'up', version: '0.1.0', time: '2026-01-01T00:00:00Z' }
    expect(parseHealthResponse(body)).toEqual(body)
  })

  it('drops fields the page does not know about', () => {
    const body = { status: 'degraded', database: 'down', version: '1', time: 't', extra: true }
    expect(parseHealthResponse(body)).toEqual({
      status: 'degraded',
      database: 'down',
      version: '1',
      time: 't',
    })
  })

  it('rejects anything else', () => {
    expect(parseHealthResponse(null)).toBeNull()
    expect(parseHealthResponse('ok')).toBeNull()
    expect(
      parseHealthResponse({ status: 'up', database: 'up', version: '1', time: 't' }),
    ).toBeNull()
    expect(parseHealthResponse({ status: 'ok', database: 'up', version: 1, time: 't' })).toBeNull()
  })
})
