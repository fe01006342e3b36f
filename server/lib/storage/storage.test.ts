import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeS3, startFakeS3 } from '../../../test/fake-s3.ts'
import { createStorage } from './create-storage.ts'
import { localDiskStorage } from './local-disk.ts'
import { s3Storage } from './s3.ts'
import { assertStorageKey, type ObjectStorage, StorageNotFoundError } from './storage.ts'

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A stream that yields `before` bytes and then fails, like an upload refused half-way. */
function failingAfter(before: number): Readable {
  return Readable.from(
    (async function* () {
      yield randomBytes(before)
      throw new Error('refused half-way')
    })(),
  )
}

let root: string
let fake: FakeS3
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'niramaya-storage-'))
  fake = await startFakeS3()
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
  await fake.close()
})

const backends: [string, () => ObjectStorage][] = [
  ['local disk', () => localDiskStorage(root)],
  [
    'S3 (fake, path style)',
    () =>
      s3Storage({
        endpoint: fake.endpoint,
        region: 'ap-south-1',
        bucket: fake.bucket,
        accessKeyId: 'test',
        secretAccessKey: 'test-secret',
        forcePathStyle: true,
      }),
  ],
  [
    // What the server uses: loads the S3 SDK on the first call instead of at start-up.
    'S3 from STORAGE_DRIVER=s3 (fake, path style)',
    () =>
      createStorage({
        storage: {
          driver: 's3',
          s3: {
            endpoint: fake.endpoint,
            region: 'ap-south-1',
            bucket: fake.bucket,
            accessKeyId: 'test',
            secretAccessKey: 'test-secret',
            forcePathStyle: true,
          },
        },
      }),
  ],
]

describe.each(backends)('%s storage', (_name, make) => {
  let storage: ObjectStorage
  beforeAll(() => {
    storage = make()
  })
  let counter = 0
  const key = () => `clinics/c${++counter}/documents/d-${randomBytes(4).toString('hex')}`

  it('returns exactly the bytes it stored', async () => {
    const name = key()
    const bytes = randomBytes(100_000)
    await storage.put(name, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]))
    expect((await readAll(await storage.get(name))).equals(bytes)).toBe(true)
  })

  it('streams a file larger than one multipart part', async () => {
    const name = key()
    const bytes = randomBytes(12 * 1024 * 1024 + 17)
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, index) =>
      bytes.subarray(index * 65_536, (index + 1) * 65_536),
    )
    await storage.put(name, Readable.from(chunks))
    expect((await readAll(await storage.get(name))).equals(bytes)).toBe(true)
  })

  it('answers StorageNotFoundError for a missing object', async () => {
    await expect(storage.get(key())).rejects.toBeInstanceOf(StorageNotFoundError)
  })

  it('deletes, and deleting twice is fine', async () => {
    const name = key()
    await storage.put(name, Readable.from([Buffer.from('x')]))
    await storage.delete(name)
    await storage.delete(name)
    await expect(storage.get(name)).rejects.toBeInstanceOf(StorageNotFoundError)
  })

  it('stores nothing when the stream fails, small or past a multipart part', async () => {
    for (const size of [1000, 6 * 1024 * 1024]) {
      const name = key()
      await expect(storage.put(name, failingAfter(size))).rejects.toThrow()
      await expect(storage.get(name)).rejects.toBeInstanceOf(StorageNotFoundError)
    }
    if (storage.kind === 's3') expect(fake.pendingUploads()).toBe(0)
    if (storage.kind === 'local') {
      const leftovers = await readdir(root, { recursive: true })
      expect(leftovers.filter((file) => String(file).includes('.partial-'))).toEqual([])
    }
  })

  it('refuses keys that could escape the root or are not plain ids', async () => {
    for (const bad of [
      '../outside',
      '/etc/passwd',
      'a/../../b',
      'a//b',
      'A/B',
      '.hidden',
      'a/.x',
    ]) {
      await expect(storage.put(bad, Readable.from([Buffer.from('x')]))).rejects.toThrow(
        /invalid object key/,
      )
      await expect(storage.get(bad)).rejects.toThrow(/invalid object key/)
    }
  })
})

describe('storage keys', () => {
  it('accepts the document key shape', () => {
    expect(() =>
      assertStorageKey(
        'clinics/0b9e1f4a-1111-4222-8333-444455556666/documents/0b9e1f4a-1111-4222-8333-444455556666.thumbnail',
      ),
    ).not.toThrow()
  })
})

describe('S3 storage against the fake server', () => {
  it('uses multipart upload for large files and a single PUT for small ones', async () => {
    const storage = backends[1]?.[1]()
    if (!storage) throw new Error('no S3 backend')
    fake.requests.length = 0
    await storage.put('probe/small', Readable.from([Buffer.from('small')]))
    await storage.put('probe/large', Readable.from([randomBytes(11 * 1024 * 1024)]))
    expect(fake.requests.filter((line) => line.startsWith('PUT probe/small'))).toHaveLength(1)
    expect(fake.requests.some((line) => line.startsWith('POST probe/large?uploads'))).toBe(true)
    expect(fake.objects.get('probe/small')?.toString()).toBe('small')
  })
})
