import { createDecipheriv, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateDataKey } from './data-key.ts'
import { DecryptionError } from './errors.ts'
import { decryptField, encryptField } from './field-cipher.ts'

const dataKey = generateDataKey()
const clinicId = '0b6f4a52-8c1e-4d7a-9f3e-2a1b5c6d7e8f'
const phoneContext = `${clinicId}:patients.phone`

describe('field cipher', () => {
  it('round-trips ASCII, Hindi, emoji and the empty string', () => {
    for (const value of [
      '+919876543210',
      'asha@example.in',
      'आशा शर्मा',
      '🦷 x-ray',
      '',
      '\u0000',
    ]) {
      const sealed = encryptField(dataKey, value, phoneContext)
      expect(sealed).toHaveLength(29 + Buffer.byteLength(value, 'utf8'))
      expect(decryptField(dataKey, sealed, phoneContext)).toBe(value)
    }
  })

  it('writes version 1, then nonce, ciphertext and tag, as plain AES-256-GCM with the context as AAD', () => {
    const sealed = encryptField(dataKey, 'आशा', phoneContext)
    expect(sealed[0]).toBe(1)
    const decipher = createDecipheriv('aes-256-gcm', dataKey, sealed.subarray(1, 13))
    decipher.setAAD(Buffer.from(phoneContext, 'utf8'))
    decipher.setAuthTag(sealed.subarray(sealed.length - 16))
    const plaintext = Buffer.concat([decipher.update(sealed.subarray(13, -16)), decipher.final()])
    expect(plaintext.toString('utf8')).toBe('आशा')
  })

  it('encrypts the same value differently every time', () => {
    const seen = new Set<string>()
    for (let index = 0; index < 1000; index += 1) {
      seen.add(encryptField(dataKey, '+919876543210', phoneContext).toString('hex'))
    }
    expect(seen.size).toBe(1000)
  })

  it('cannot be read with another clinic key', () => {
    const sealed = encryptField(dataKey, '+919876543210', phoneContext)
    expect(() => decryptField(generateDataKey(), sealed, phoneContext)).toThrow(DecryptionError)
  })

  it('cannot be moved to another column or clinic', () => {
    const sealed = encryptField(dataKey, '+919876543210', phoneContext)
    for (const context of [
      `${clinicId}:patients.email`,
      '5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b:patients.phone',
      `${phoneContext} `,
    ]) {
      expect(() => decryptField(dataKey, sealed, context)).toThrow(DecryptionError)
    }
  })

  it('detects any altered byte, a cut and an unknown version', () => {
    const sealed = encryptField(dataKey, 'asha@example.in', phoneContext)
    for (let index = 0; index < sealed.length; index += 1) {
      const altered = Buffer.from(sealed)
      altered[index] = (altered[index] ?? 0) ^ 0x80
      expect(() => decryptField(dataKey, altered, phoneContext)).toThrow(DecryptionError)
    }
    for (const length of [0, 12, 28, sealed.length - 1]) {
      expect(() => decryptField(dataKey, sealed.subarray(0, length), phoneContext)).toThrow(
        DecryptionError,
      )
    }
  })

  it('refuses an empty context, a wrong-size key and ill-formed Unicode', () => {
    expect(() => encryptField(dataKey, 'x', '')).toThrow('context: must not be empty')
    expect(() => encryptField(randomBytes(31), 'x', phoneContext)).toThrow('data key: must be')
    expect(() => encryptField(dataKey, 'a\ud83d', phoneContext)).toThrow(
      'plaintext: must be well-formed Unicode',
    )
    const sealed = encryptField(dataKey, 'x', phoneContext)
    expect(() => decryptField(dataKey, sealed, '')).toThrow('context: must not be empty')
  })
})
