import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateDataKey, unwrapDataKey, wrapDataKey } from './data-key.ts'
import { DecryptionError } from './errors.ts'
import { generateMasterKeyBase64, parseMasterKey } from './master-key.ts'

const master = parseMasterKey(generateMasterKeyBase64())
const clinicA = '0b6f4a52-8c1e-4d7a-9f3e-2a1b5c6d7e8f'
const clinicB = '5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b'

describe('data keys', () => {
  it('generates distinct 32-byte keys', () => {
    const key = generateDataKey()
    expect(key).toHaveLength(32)
    expect(generateDataKey().equals(key)).toBe(false)
  })

  it('unwraps what it wrapped, for the same clinic', () => {
    const dataKey = generateDataKey()
    const wrapped = wrapDataKey(master, dataKey, clinicA)
    expect(wrapped).toHaveLength(1 + 12 + 32 + 16)
    expect(wrapped[0]).toBe(1)
    expect(unwrapDataKey(master, wrapped, clinicA).equals(dataKey)).toBe(true)
  })

  it('wraps the same key differently each time', () => {
    const dataKey = generateDataKey()
    expect(
      wrapDataKey(master, dataKey, clinicA).equals(wrapDataKey(master, dataKey, clinicA)),
    ).toBe(false)
  })

  it('cannot be unwrapped for another clinic', () => {
    const wrapped = wrapDataKey(master, generateDataKey(), clinicA)
    expect(() => unwrapDataKey(master, wrapped, clinicB)).toThrow(DecryptionError)
  })

  it('cannot be unwrapped with another master key', () => {
    const wrapped = wrapDataKey(master, generateDataKey(), clinicA)
    const other = parseMasterKey(generateMasterKeyBase64())
    expect(() => unwrapDataKey(other, wrapped, clinicA)).toThrow(DecryptionError)
  })

  it('detects any altered, cut or extended byte', () => {
    const wrapped = wrapDataKey(master, generateDataKey(), clinicA)
    for (let index = 0; index < wrapped.length; index += 1) {
      const altered = Buffer.from(wrapped)
      altered[index] = (altered[index] ?? 0) ^ 0x01
      expect(() => unwrapDataKey(master, altered, clinicA)).toThrow(DecryptionError)
    }
    for (const length of [0, 1, 13, 28, wrapped.length - 1]) {
      expect(() => unwrapDataKey(master, wrapped.subarray(0, length), clinicA)).toThrow(
        DecryptionError,
      )
    }
    const extended = Buffer.concat([wrapped, Buffer.of(0)])
    expect(() => unwrapDataKey(master, extended, clinicA)).toThrow(DecryptionError)
  })

  it('fails with a message that carries no detail', () => {
    const wrapped = wrapDataKey(master, generateDataKey(), clinicA)
    expect(() => unwrapDataKey(master, wrapped, clinicB)).toThrow(/^Decryption failed$/)
  })

  it('refuses keys of the wrong size and an empty clinic id', () => {
    expect(() => wrapDataKey(master, randomBytes(16), clinicA)).toThrow('data key: must be')
    expect(() => wrapDataKey(master, generateDataKey(), '')).toThrow('clinicId: must not be empty')
    const short = { id: master.id, key: randomBytes(16) }
    expect(() => wrapDataKey(short, generateDataKey(), clinicA)).toThrow('master key: must be')
  })
})
