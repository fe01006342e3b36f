import { readdir } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfWithMarker } from '../../../test/document-helpers.ts'
import { httpClient, signUpWithPatient, startRealServer } from '../../../test/real-server.ts'

// Over a real HTTP server, not app.request(): what is at stake is whether the Node process
// survives bodies that end early, lie about their framing or are cut off mid-stream.

const BOUNDARY = 'niramaya-test-boundary'
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`

function textPart(name: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
}

function filePart(name: string, content: Buffer): Buffer {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`
  return Buffer.concat([Buffer.from(head), content, Buffer.from('\r\n')])
}

const closing = Buffer.from(`--${BOUNDARY}--\r\n`)

function body(...parts: (string | Buffer)[]): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.concat(parts.map((part) => Buffer.from(part))))
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name)
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('malformed document uploads over real HTTP', () => {
  let server: Awaited<ReturnType<typeof startRealServer>>
  let owner: Awaited<ReturnType<typeof signUpWithPatient>>
  let uploadPath: string
  let filesRoot: string

  beforeAll(async () => {
    server = await startRealServer()
    owner = await signUpWithPatient(server.url)
    uploadPath = `/api/v1/patients/${owner.patientId}/documents`
    filesRoot = path.join(server.dataDir, 'files')
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
  })

  /** The server still answers, anonymously and signed in, and nothing was stored. */
  async function expectServingAndNothingStored() {
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200)
    expect((await owner.client.get(`/api/v1/patients/${owner.patientId}`)).status).toBe(200)
    const documents = await owner.client.get(uploadPath)
    expect(documents.status).toBe(200)
    expect(await documents.json()).toEqual([])
    expect(await filesUnder(filesRoot)).toEqual([])
  }

  async function expectRefused(response: Response, status: number, field: string) {
    expect(response.status).toBe(status)
    const { error } = (await response.json()) as { error: { field?: string; message: string } }
    expect(error.field).toBe(field)
    expect(error.message).not.toMatch(/busboy|Unexpected end|stack/i)
  }

  it('a file part not named "file" is a 400 naming the field, and the server keeps serving', async () => {
    const response = await owner.client.send(
      uploadPath,
      body(textPart('kind', 'xray'), filePart('document', pdfWithMarker('wrong-name')), closing),
      MULTIPART,
    )
    await expectRefused(response, 400, 'file')
    await expectServingAndNothingStored()
  })

  it('a multipart content type without a boundary is a 400 naming the body', async () => {
    const response = await owner.client.send(
      uploadPath,
      body(textPart('kind', 'xray'), filePart('file', pdfWithMarker('no-boundary')), closing),
      'multipart/form-data; charset=utf-8',
    )
    await expectRefused(response, 400, 'body')
    await expectServingAndNothingStored()
  })

  it('a body that stops inside the file, without its closing boundary, is a 400', async () => {
    const truncated = filePart('file', pdfWithMarker('truncated', 20_000)).subarray(0, 12_000)
    const response = await owner.client.send(
      uploadPath,
      body(textPart('kind', 'xray'), truncated),
      MULTIPART,
    )
    await expectRefused(response, 400, 'body')
    await expectServingAndNothingStored()
  })

  it('garbage bytes under a multipart content type are a 400', async () => {
    const garbage = Buffer.alloc(64 * 1024)
    for (let index = 0; index < garbage.length; index += 1) garbage[index] = (index * 131) % 256
    const response = await owner.client.send(uploadPath, body(garbage), MULTIPART)
    await expectRefused(response, 400, 'body')
    await expectServingAndNothingStored()
  })

  it('a part header that never ends is a 400', async () => {
    const response = await owner.client.send(
      uploadPath,
      body(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"`),
      MULTIPART,
    )
    await expectRefused(response, 400, 'body')
    await expectServingAndNothingStored()
  })

  it('two files, or none, are a 400 naming the file', async () => {
    const two = await owner.client.send(
      uploadPath,
      body(
        textPart('kind', 'xray'),
        filePart('file', pdfWithMarker('first')),
        filePart('file', pdfWithMarker('second')),
        closing,
      ),
      MULTIPART,
    )
    await expectRefused(two, 400, 'file')
    const none = await owner.client.send(
      uploadPath,
      body(textPart('kind', 'xray'), closing),
      MULTIPART,
    )
    await expectRefused(none, 400, 'file')
    await expectServingAndNothingStored()
  })

  it('a client that hangs up in the middle of a file leaves nothing behind', async () => {
    const request = http.request(`${server.url}${uploadPath}`, {
      method: 'POST',
      headers: {
        ...owner.client.headers(),
        'Content-Type': MULTIPART,
        // Promises far more than is sent.
        'Content-Length': String(5 * 1024 * 1024),
      },
    })
    request.on('error', () => undefined)
    request.write(Buffer.from(textPart('kind', 'xray')))
    request.write(filePart('file', pdfWithMarker('aborted', 64 * 1024)).subarray(0, 48 * 1024))
    // Once the server has started writing the (encrypted) file, cut the connection.
    await waitFor(
      async () => (await filesUnder(filesRoot)).some((name) => name.startsWith('.partial-')),
      'the upload to reach storage',
    )
    request.destroy()
    await waitFor(async () => (await filesUnder(filesRoot)).length === 0, 'the partial file to go')
    await expectServingAndNothingStored()
  })

  it('a well-formed upload still succeeds afterwards', async () => {
    const form = new FormData()
    form.set('kind', 'report')
    form.set('file', new Blob([new Uint8Array(pdfWithMarker('fine'))]), 'report.pdf')
    const response = await owner.client.send(uploadPath, form)
    expect(response.status).toBe(201)
  })
})

describe('the upload client helper', () => {
  it('sends the server its own origin', () => {
    expect(httpClient('http://127.0.0.1:1').headers().Origin).toBe('http://127.0.0.1:1')
  })
})
