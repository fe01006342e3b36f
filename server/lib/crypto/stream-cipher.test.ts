import { randomBytes } from 'node:crypto'
import { Readable, type Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { generateDataKey } from './data-key.ts'
import { DecryptionError } from './errors.ts'
import { createDecryptStream, createEncryptStream, encryptedSize } from './stream-cipher.ts'

const KIB_64 = 64 * 1024
const SEALED = KIB_64 + 16
const HEADER = 12
const key = generateDataKey()
const context =
  '0b6f4a52-8c1e-4d7a-9f3e-2a1b5c6d7e8f:documents:7c9e6679-7425-40de-944b-e07fc1f90ae7'

/** Feeds `input` in pieces of `pieceSize` through `transform`; collects what it emits. */
async function run(transform: Transform, input: Buffer, pieceSize = 10_000): Promise<Buffer> {
  const { output, error } = await runCatching(transform, input, pieceSize)
  if (error) throw error
  return output
}

async function runCatching(
  transform: Transform,
  input: Buffer,
  pieceSize = 10_000,
): Promise<{ output: Buffer; error: unknown }> {
  const pieces: Buffer[] = []
  for (let start = 0; start < input.length; start += pieceSize) {
    pieces.push(input.subarray(start, start + pieceSize))
  }
  const parts: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      parts.push(chunk)
      callback()
    },
  })
  try {
    await pipeline(Readable.from(pieces), transform, sink)
    return { output: Buffer.concat(parts), error: undefined }
  } catch (error) {
    return { output: Buffer.concat(parts), error }
  }
}

const encrypt = (input: Buffer, pieceSize?: number) =>
  run(createEncryptStream(key, context), input, pieceSize)
const decrypt = (input: Buffer, pieceSize?: number) =>
  run(createDecryptStream(key, context), input, pieceSize)

describe('stream cipher', () => {
  for (const [name, size] of [
    ['an empty file', 0],
    ['1 byte', 1],
    ['exactly 64 KiB', KIB_64],
    ['64 KiB + 1', KIB_64 + 1],
    ['exactly two chunks', 2 * KIB_64],
    ['~3 MB of random data', 3_000_017],
  ] as const) {
    it(`round-trips ${name}, at the size encryptedSize predicts`, async () => {
      const plaintext = randomBytes(size)
      const sealed = await encrypt(plaintext)
      expect(sealed).toHaveLength(encryptedSize(size))
      expect((await decrypt(sealed)).equals(plaintext)).toBe(true)
    })
  }

  it('round-trips whatever the sizes of the pieces written', async () => {
    const plaintext = randomBytes(3 * KIB_64 + 123)
    for (const pieceSize of [1_000, KIB_64 - 1, KIB_64, KIB_64 + 1, SEALED, 1 << 20]) {
      const sealed = await encrypt(plaintext, pieceSize)
      expect((await decrypt(sealed, pieceSize)).equals(plaintext)).toBe(true)
    }
  })

  it('writes the NRM1 header and seals an empty file as one final chunk', async () => {
    const sealed = await encrypt(Buffer.alloc(0))
    expect(sealed.subarray(0, 5)).toEqual(Buffer.from('NRM1\u0001', 'latin1'))
    expect(sealed).toHaveLength(HEADER + 16)
    expect(encryptedSize(0)).toBe(HEADER + 16)
    expect(encryptedSize(KIB_64)).toBe(HEADER + SEALED)
    expect(encryptedSize(KIB_64 + 1)).toBe(HEADER + SEALED + 1 + 16)
    expect(encryptedSize(25 * 1024 * 1024)).toBe(HEADER + 25 * 1024 * 1024 + 400 * 16)
    expect(() => encryptedSize(-1)).toThrow(RangeError)
    expect(() => encryptedSize(1.5)).toThrow(RangeError)
  })

  it('encrypts the same file differently each time', async () => {
    const plaintext = Buffer.from('the same X-ray')
    const first = await encrypt(plaintext)
    expect(first.equals(await encrypt(plaintext))).toBe(false)
  })

  it('cannot be read with another clinic key or for another document', async () => {
    const sealed = await encrypt(randomBytes(1000))
    const otherKey = createDecryptStream(generateDataKey(), context)
    await expect(run(otherKey, sealed)).rejects.toThrow(DecryptionError)
    const otherDocument = createDecryptStream(key, `${context}x`)
    await expect(run(otherDocument, sealed)).rejects.toThrow(DecryptionError)
  })

  it('detects a file cut at a chunk boundary', async () => {
    const sealed = await encrypt(randomBytes(3 * KIB_64))
    for (const chunks of [1, 2]) {
      const cut = sealed.subarray(0, HEADER + chunks * SEALED)
      await expect(decrypt(cut)).rejects.toThrow(DecryptionError)
    }
  })

  it('detects a file cut anywhere else, down to nothing', async () => {
    const sealed = await encrypt(randomBytes(KIB_64 + 500))
    for (const length of [
      0,
      5,
      HEADER - 1,
      HEADER,
      HEADER + 15,
      HEADER + 1000,
      sealed.length - 1,
    ]) {
      await expect(decrypt(sealed.subarray(0, length))).rejects.toThrow(DecryptionError)
    }
  })

  it('detects swapped, dropped, repeated and appended chunks', async () => {
    const sealed = await encrypt(randomBytes(3 * KIB_64 + 10))
    const chunk = (index: number) =>
      sealed.subarray(HEADER + index * SEALED, HEADER + (index + 1) * SEALED)
    const header = sealed.subarray(0, HEADER)
    const last = sealed.subarray(HEADER + 3 * SEALED)
    for (const altered of [
      Buffer.concat([header, chunk(1), chunk(0), chunk(2), last]),
      Buffer.concat([header, chunk(0), chunk(2), last]),
      Buffer.concat([header, chunk(0), chunk(0), chunk(1), chunk(2), last]),
      Buffer.concat([sealed, chunk(0)]),
      Buffer.concat([sealed, Buffer.of(0)]),
    ]) {
      await expect(decrypt(altered)).rejects.toThrow(DecryptionError)
    }
  })

  it('detects a flipped bit in the header, any chunk or any tag', async () => {
    const sealed = await encrypt(randomBytes(2 * KIB_64 + 100))
    const positions = [
      0,
      4,
      5,
      11,
      HEADER,
      HEADER + KIB_64 + 3,
      HEADER + SEALED + 7,
      sealed.length - 1,
    ]
    for (const position of positions) {
      const altered = Buffer.from(sealed)
      altered[position] = (altered[position] ?? 0) ^ 0x04
      await expect(decrypt(altered)).rejects.toThrow(DecryptionError)
    }
  })

  it('releases only verified chunks: nothing of a tampered chunk or what follows it', async () => {
    const plaintext = randomBytes(3 * KIB_64 + 10)
    const sealed = await encrypt(plaintext)
    const altered = Buffer.from(sealed)
    const position = HEADER + SEALED + 100
    altered[position] = (altered[position] ?? 0) ^ 0x01
    const { output, error } = await runCatching(createDecryptStream(key, context), altered)
    expect(error).toBeInstanceOf(DecryptionError)
    expect(output.equals(plaintext.subarray(0, KIB_64))).toBe(true)
  })

  it('refuses a wrong-size key and an empty context when created', () => {
    expect(() => createEncryptStream(randomBytes(16), context)).toThrow('data key: must be')
    expect(() => createDecryptStream(key, '')).toThrow('context: must be')
    expect(() => createEncryptStream(key, 'x'.repeat(513))).toThrow('context: must be')
  })
})
