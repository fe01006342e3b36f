import { describe, expect, it } from 'vitest'
import { safeReturnPath } from './safe-return-path.ts'

describe('safeReturnPath', () => {
  it('returns to pages of this app', () => {
    expect(safeReturnPath('/staff')).toBe('/staff')
    expect(safeReturnPath('/audit?limit=50')).toBe('/audit?limit=50')
  })

  it('never leaves the app or loops back to sign-in', () => {
    for (const from of [
      undefined,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
    ]) {
      expect(safeReturnPath(from)).toBe('/')
    }
    expect(safeReturnPath('/login')).toBe('/')
  })
})
