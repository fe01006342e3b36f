import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createToken, hashToken, isWellFormedToken } from './tokens.ts'

describe('tokens', () => {
  it('creates a 43-character base64url token carrying 32 random bytes', () => {
    const { token } = createToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
  })

  it('never repeats a token', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createToken().token))
    expect(tokens.size).toBe(1000)
  })

  it('returns the SHA-256 hex of the token as its hash', () => {
    const { token, hash } = createToken()
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(token)).toBe(hash)
  })

  it('accepts only well-formed tokens', () => {
    expect(isWellFormedToken(createToken().token)).toBe(true)
    expect(isWellFormedToken('A'.repeat(43))).toBe(true)
    for (const bad of [
      '',
      'A'.repeat(42),
      'A'.repeat(44),
      `${'A'.repeat(42)}=`,
      `${'A'.repeat(42)}+`,
    ]) {
      expect(isWellFormedToken(bad)).toBe(false)
    }
    expect(isWellFormedToken(`${'A'.repeat(42)}/`)).toBe(false)
    expect(isWellFormedToken(`${'A'.repeat(43)}\n`)).toBe(false)
    expect(isWellFormedToken(undefined)).toBe(false)
    expect(isWellFormedToken(['A'.repeat(43)])).toBe(false)
  })
})
