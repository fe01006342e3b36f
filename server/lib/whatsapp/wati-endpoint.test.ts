import { describe, expect, it } from 'vitest'
import { normalizeWatiEndpoint } from './wati-endpoint.ts'

describe('normalizeWatiEndpoint: only Wati, or the one origin the operator allows', () => {
  it('accepts a tenant endpoint on wati.io, without a trailing slash', () => {
    expect(normalizeWatiEndpoint('https://live-mt-server.wati.io/123456/', undefined)).toBe(
      'https://live-mt-server.wati.io/123456',
    )
    expect(normalizeWatiEndpoint(' https://app-server.wati.io ', undefined)).toBe(
      'https://app-server.wati.io',
    )
  })

  it.each([
    ['plain http', 'http://live-mt-server.wati.io/1'],
    ['another host', 'https://example.com/1'],
    ['a look-alike host', 'https://wati.io.example.com/1'],
    ['a suffix without the dot', 'https://evilwati.io/1'],
    ['wati.io itself is not a tenant', 'https://wati.io/1'],
    ['a port', 'https://live.wati.io:8443/1'],
    ['user info', 'https://user:pw@live.wati.io/1'],
    ['a query', 'https://live.wati.io/1?x=1'],
    ['a fragment', 'https://live.wati.io/1#x'],
    ['the metadata service', 'http://169.254.169.254/latest/meta-data'],
    ['loopback', 'http://127.0.0.1:5432/'],
    ['not a URL', 'live.wati.io/1'],
    ['a path with odd characters', 'https://live.wati.io/a%20b'],
    ['a long path', 'https://live.wati.io/a/b/c/d'],
  ])('refuses %s', (_, endpoint) => {
    expect(normalizeWatiEndpoint(endpoint, undefined)).toBeUndefined()
  })

  it('accepts exactly the allowed origin and nothing near it', () => {
    const allowed = 'http://127.0.0.1:4567'
    expect(normalizeWatiEndpoint('http://127.0.0.1:4567/77', allowed)).toBe(
      'http://127.0.0.1:4567/77',
    )
    expect(normalizeWatiEndpoint('http://127.0.0.1:4568/77', allowed)).toBeUndefined()
    expect(normalizeWatiEndpoint('http://localhost:4567/77', allowed)).toBeUndefined()
  })
})
