import { describe, expect, it } from 'vitest'
import { preferredEncoding } from './accept-encoding.ts'

const offered = ['br', 'gzip']

describe('preferredEncoding', () => {
  it('prefers brotli when a browser accepts both', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd', offered)).toBe('br')
  })

  it('takes gzip when brotli is not accepted', () => {
    expect(preferredEncoding('gzip, deflate', offered)).toBe('gzip')
  })

  it('sends the plain file when nothing offered is accepted', () => {
    expect(preferredEncoding(undefined, offered)).toBeUndefined()
    expect(preferredEncoding('', offered)).toBeUndefined()
    expect(preferredEncoding('identity', offered)).toBeUndefined()
    expect(preferredEncoding('deflate', offered)).toBeUndefined()
  })

  it('honours q-values, including q=0 as a refusal', () => {
    expect(preferredEncoding('br;q=0, gzip', offered)).toBe('gzip')
    expect(preferredEncoding('br;q=0.5, gzip;q=0.8', offered)).toBe('gzip')
    expect(preferredEncoding('br;q=0, gzip;q=0', offered)).toBeUndefined()
    expect(preferredEncoding('BR; Q=1', offered)).toBe('br')
  })

  it('treats * as any coding not named', () => {
    expect(preferredEncoding('*', offered)).toBe('br')
    expect(preferredEncoding('br;q=0, *', offered)).toBe('gzip')
    expect(preferredEncoding('*;q=0', offered)).toBeUndefined()
  })
})
