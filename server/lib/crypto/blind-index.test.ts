import { createHmac, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { blindIndex, deriveBlindIndexKey } from './blind-index.ts'
import { generateDataKey } from './data-key.ts'

const phone = '+919876543210'

describe('blind index', () => {
  it('derives the index key by HKDF-SHA256 with an empty salt, computed here by hand', () => {
    const dataKey = generateDataKey()
    // RFC 5869 §2.2–2.3: PRK = HMAC(salt = 32 zero bytes, IKM); T(1) = HMAC(PRK, info || 0x01).
    const prk = createHmac('sha256', Buffer.alloc(32)).update(dataKey).digest()
    const expected = createHmac('sha256', prk)
      .update(Buffer.concat([Buffer.from('niramaya blind index v1'), Buffer.of(1)]))
      .digest()
    const indexKey = deriveBlindIndexKey(dataKey)
    expect(indexKey.equals(expected)).toBe(true)
    expect(indexKey.equals(dataKey)).toBe(false)
  })

  it('is the HMAC-SHA256 of purpose, NUL and value, in hex', () => {
    const indexKey = deriveBlindIndexKey(generateDataKey())
    const expected = createHmac('sha256', indexKey).update(`patients.phone\u0000${phone}`).digest()
    expect(blindIndex(indexKey, 'patients.phone', phone)).toBe(expected.toString('hex'))
    expect(blindIndex(indexKey, 'patients.phone', phone)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is the same for the same key, purpose and value', () => {
    const dataKey = generateDataKey()
    const first = blindIndex(deriveBlindIndexKey(dataKey), 'patients.phone', phone)
    expect(blindIndex(deriveBlindIndexKey(dataKey), 'patients.phone', phone)).toBe(first)
  })

  it('differs between clinics, purposes and values', () => {
    const keyA = deriveBlindIndexKey(generateDataKey())
    const keyB = deriveBlindIndexKey(generateDataKey())
    const base = blindIndex(keyA, 'patients.phone', phone)
    expect(blindIndex(keyB, 'patients.phone', phone)).not.toBe(base)
    expect(blindIndex(keyA, 'patients.alternate_phone', phone)).not.toBe(base)
    expect(blindIndex(keyA, 'patients.phone', '+919876543211')).not.toBe(base)
  })

  it('indexes Hindi and empty values', () => {
    const indexKey = deriveBlindIndexKey(generateDataKey())
    expect(blindIndex(indexKey, 'patients.name', 'आशा')).not.toBe(
      blindIndex(indexKey, 'patients.name', ''),
    )
  })

  it('refuses purposes that could blur into the value, and wrong-size keys', () => {
    const indexKey = deriveBlindIndexKey(generateDataKey())
    expect(() => blindIndex(indexKey, '', phone)).toThrow('purpose: must be')
    expect(() => blindIndex(indexKey, 'patients\u0000phone', phone)).toThrow('purpose: must be')
    expect(() => blindIndex(randomBytes(16), 'patients.phone', phone)).toThrow('index key: must be')
    expect(() => deriveBlindIndexKey(randomBytes(16))).toThrow('data key: must be')
  })
})
