import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import pino from 'pino'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bytesOf,
  PNG_SIGNATURE,
  pdfWithMarker,
  pngImage,
  registerPatient,
  upload,
  uploadForm,
} from '../../../test/document-helpers.ts'
import { type FakeS3, startFakeS3 } from '../../../test/fake-s3.ts'
import { signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { localDiskStorage } from '../../lib/storage/local-disk.ts'
import { s3Storage } from '../../lib/storage/s3.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { clinicCipher } from '../clinic-keys/index.ts'
import { uploadDocument } from './upload-document.ts'

/** Log lines, so a test can see that a cut-short download was logged (and what with). */
const logLines: string[] = []
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk))
      done()
    },
  }),
)

async function storedBytes(storage: ObjectStorage, key: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await storage.get(key)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name)
}

describe.each(['local disk', 'S3 (fake)'] as const)('documents on %s', (backend) => {
  let t: TestApp
  let fake: FakeS3 | undefined
  let root: string
  let storage: ObjectStorage
  let owner: Awaited<ReturnType<typeof signUpClinic>>
  let patientId: string

  const key = (documentId: string) => `clinics/${owner.clinicId}/documents/${documentId}`
  /** Every stored object, whichever backend. */
  const storedCount = async () => (fake ? fake.objects.size : (await filesUnder(root)).length)

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'niramaya-documents-'))
    if (backend === 'S3 (fake)') {
      fake = await startFakeS3()
      storage = s3Storage({
        endpoint: fake.endpoint,
        region: 'ap-south-1',
        bucket: fake.bucket,
        accessKeyId: 'test',
        secretAccessKey: 'test-secret',
        forcePathStyle: true,
      })
    } else {
      storage = localDiskStorage(root)
    }
    t = await createTestApp({ storage, logger })
    owner = await signUpClinic(t.app)
    patientId = await registerPatient(owner.client)
  })
  afterAll(async () => {
    await t.close()
    await fake?.close()
    // The local-disk backend's files (and the folder the S3 run makes but never fills).
    await rm(root, { recursive: true, force: true })
  })

  it('accepts a PNG named .txt, encrypts it at rest and returns it byte for byte', async () => {
    const png = await pngImage(1200, 800)
    const response = await upload(owner.client, patientId, png, {
      name: 'notes.txt',
      type: 'text/plain',
      title: 'OPG before treatment',
    })
    expect(response.status).toBe(201)
    const document = await response.json()
    expect(document).toMatchObject({
      patientId,
      kind: 'xray',
      title: 'OPG before treatment',
      fileName: 'notes.txt',
      mediaType: 'image/png',
      byteSize: png.length,
      width: 1200,
      height: 800,
      hasThumbnail: true,
      uploadedBy: owner.userId,
      contentUrl: `/api/v1/documents/${document.id}/content`,
      thumbnailUrl: `/api/v1/documents/${document.id}/thumbnail`,
    })

    const stored = await storedBytes(storage, key(document.id))
    expect(stored.subarray(0, 4).toString()).toBe('NRM1')
    expect(stored.includes(PNG_SIGNATURE)).toBe(false)
    expect(stored.includes(Buffer.from('IHDR'))).toBe(false)

    const download = await owner.client.get(document.contentUrl)
    expect(download.status).toBe(200)
    expect(download.headers.get('Content-Type')).toBe('image/png')
    expect(download.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(download.headers.get('Content-Disposition')).toMatch(/^inline; filename="notes.txt"/)
    expect(download.headers.get('Cache-Control')).toBe('no-store')
    expect((await bytesOf(download)).equals(png)).toBe(true)

    const thumbnail = await owner.client.get(document.thumbnailUrl)
    expect(thumbnail.status).toBe(200)
    expect(thumbnail.headers.get('Content-Type')).toBe('image/jpeg')
    const meta = await sharp(await bytesOf(thumbnail)).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 213 })
    const storedThumbnail = await storedBytes(storage, `${key(document.id)}.thumbnail`)
    expect(storedThumbnail.subarray(0, 4).toString()).toBe('NRM1')
  })

  it('stores a multi-chunk PDF with no plaintext at rest, and no thumbnail', async () => {
    const marker = `MARKER-${randomUUID()}`
    const pdf = pdfWithMarker(marker, 300_000)
    // Uploaded a minute after the X-ray: the app's clock stamps uploads, and tests move it.
    t.clock.advance(60_000)
    const response = await upload(owner.client, patientId, pdf, {
      name: 'report.pdf',
      kind: 'report',
    })
    expect(response.status).toBe(201)
    const document = await response.json()
    expect(document).toMatchObject({
      mediaType: 'application/pdf',
      hasThumbnail: false,
      width: null,
    })
    expect(document.title).toBe('report.pdf')
    const stored = await storedBytes(storage, key(document.id))
    expect(stored.includes(Buffer.from(marker))).toBe(false)
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false)
    const download = await owner.client.get(document.contentUrl)
    expect(download.headers.get('Content-Length')).toBe(String(pdf.length))
    expect((await bytesOf(download)).equals(pdf)).toBe(true)
    expect((await owner.client.get(`/api/v1/documents/${document.id}/thumbnail`)).status).toBe(404)
  })

  it('lists a patient’s documents newest first', async () => {
    const response = await owner.client.get(`/api/v1/patients/${patientId}/documents`)
    expect(response.status).toBe(200)
    const list = (await response.json()) as { title: string }[]
    expect(list.map((document) => document.title)).toEqual(['report.pdf', 'OPG before treatment'])
  })

  it('refuses a text file named .jpg and declared image/jpeg, storing nothing', async () => {
    const before = await storedCount()
    const response = await upload(
      owner.client,
      patientId,
      Buffer.from('just some text, '.repeat(500)),
      {
        name: 'xray.jpg',
        type: 'image/jpeg',
      },
    )
    expect(response.status).toBe(415)
    const body = await response.json()
    expect(body.error).toMatchObject({ code: 'unsupported_media_type', field: 'file' })
    expect(await storedCount()).toBe(before)
  })

  it('refuses an empty file, a missing kind, a long title and a non-multipart body', async () => {
    const before = await storedCount()
    const pdf = pdfWithMarker('x')
    const cases: [Promise<Response>, number, string][] = [
      [upload(owner.client, patientId, Buffer.alloc(0)), 400, 'file'],
      [upload(owner.client, patientId, pdf, { kind: null }), 400, 'kind'],
      [upload(owner.client, patientId, pdf, { kind: 'selfie' }), 400, 'kind'],
      [upload(owner.client, patientId, pdf, { title: 'x'.repeat(201) }), 400, 'title'],
      [owner.client.post(`/api/v1/patients/${patientId}/documents`, { kind: 'xray' }), 415, 'body'],
    ]
    for (const [pending, status, field] of cases) {
      const response = await pending
      expect(response.status).toBe(status)
      expect((await response.json()).error.field).toBe(field)
    }
    expect(await storedCount()).toBe(before)
  })

  it('streams an upload that carries an Idempotency-Key: the header is not applied to it', async () => {
    const key = randomUUID()
    const form = () => uploadForm(pdfWithMarker('keyed'), { name: 'keyed.pdf' })
    const path = `/api/v1/patients/${patientId}/documents`
    const first = await owner.client.postForm(path, form(), { 'Idempotency-Key': key })
    expect(first.status).toBe(201)
    expect(first.headers.get('Idempotent-Replayed')).toBeNull()
    // Hashing the body for the key would have buffered it; a second upload is a second file.
    const second = await owner.client.postForm(path, form(), { 'Idempotency-Key': key })
    expect(second.status).toBe(201)
    expect((await second.json()).id).not.toBe((await first.json()).id)
  })

  it('refuses a body that is not multipart before reading it, even with an Idempotency-Key', async () => {
    const response = await owner.client.post(
      `/api/v1/patients/${patientId}/documents`,
      { kind: 'xray' },
      { 'Idempotency-Key': randomUUID() },
    )
    expect(response.status).toBe(415)
    expect((await response.json()).error.field).toBe('body')
  })

  it('answers 413 naming the field for a file over 25 MiB, with nothing stored and no row', async () => {
    const before = await storedCount()
    const listBefore = await (
      await owner.client.get(`/api/v1/patients/${patientId}/documents`)
    ).json()
    const huge = Buffer.alloc(25 * 1024 * 1024 + 1, 0x20)
    huge.write('%PDF-1.4\n')
    const response = await upload(owner.client, patientId, huge, { name: 'huge.pdf' })
    expect(response.status).toBe(413)
    expect((await response.json()).error).toMatchObject({
      code: 'payload_too_large',
      field: 'file',
      message: 'file: must be at most 25 MiB',
    })
    expect(await storedCount()).toBe(before)
    const listAfter = await (
      await owner.client.get(`/api/v1/patients/${patientId}/documents`)
    ).json()
    expect(listAfter).toEqual(listBefore)
  })

  it('a tampered first chunk fails cleanly with an error response, not a 200', async () => {
    const png = await pngImage(64, 64)
    const document = await (await upload(owner.client, patientId, png)).json()
    const stored = await storedBytes(storage, key(document.id))
    stored[20] = (stored[20] ?? 0) ^ 0x01
    await storage.put(key(document.id), Readable.from([stored]))
    const response = await owner.client.get(document.contentUrl)
    expect(response.status).toBe(500)
    const body = await response.json()
    expect(body.error.message).toBe('The stored file of this document failed its integrity check')
  })

  it('a chunk tampered later cuts the download short, logged, with no unverified bytes', async () => {
    const pdf = pdfWithMarker('late', 200_000)
    const document = await (await upload(owner.client, patientId, pdf, { name: 'late.pdf' })).json()
    const stored = await storedBytes(storage, key(document.id))
    // Chunk 2 (of 4) starts after the 12-byte header and one sealed 64 KiB chunk.
    const offset = 12 + 65_536 + 16 + 100
    stored[offset] = (stored[offset] ?? 0) ^ 0x01
    await storage.put(key(document.id), Readable.from([stored]))
    logLines.length = 0
    const response = await owner.client.get(document.contentUrl)
    expect(response.status).toBe(200)
    const received: Buffer[] = []
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) return
          received.push(Buffer.from(value))
        }
      })(),
    ).rejects.toThrow()
    const got = Buffer.concat(received)
    expect(got.length).toBe(65_536)
    expect(got.equals(pdf.subarray(0, 65_536))).toBe(true)
    const logged = logLines.join('')
    expect(logged).toContain('download cut short')
    expect(logged).toContain(document.id)
    expect(logged).not.toContain('late.pdf')
  })

  it('deletes what it stored when the database insert fails', async () => {
    const before = await storedCount()
    const session = { clinicId: owner.clinicId, userId: owner.userId } as Session
    const cipher = await withClinic(t.database.db, session, (tx) =>
      clinicCipher(tx, t.deps.keyring, owner.clinicId),
    )
    const form = new FormData()
    form.set('kind', 'photo')
    form.set('file', new Blob([new Uint8Array(await pngImage(100, 100))]), 'a.png')
    const request = new Request('http://localhost/', { method: 'POST', body: form })
    await expect(
      uploadDocument(
        // A transaction whose insert fails, after the files were stored.
        async (work) =>
          work({
            insertInto: () => {
              throw new Error('insert failed')
            },
          } as unknown as Tx),
        { storage, cipher, logger },
        session,
        {
          patientId,
          body: request.body,
          contentType: request.headers.get('Content-Type') ?? '',
        },
      ),
    ).rejects.toThrow('insert failed')
    expect(await storedCount()).toBe(before)
  })
})
