import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerPatient } from '../../../test/document-helpers.ts'
import { ORIGIN, signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

// A 25 MiB X-ray can take minutes over clinic Wi-Fi. The upload must not hold a transaction
// (a pooled connection; on PGlite, the only one) while its body arrives, or a few slow uploads
// stall every other request. Here the body stops halfway until a read of the patient succeeds.
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('a document upload that streams slowly', () => {
  it('holds no transaction while its body arrives: other requests are answered meanwhile', async () => {
    const owner = await signUpClinic(t.app)
    const patientId = await registerPatient(owner.client)
    const boundary = 'niramaya-slow-upload'
    const head = [
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nreport\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\n`,
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
    ].join('')
    const tail = `${' '.repeat(4096)}\n%%EOF\n\r\n--${boundary}--\r\n`
    let release: () => void = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode(head))
        await released
        controller.enqueue(encoder.encode(tail))
        controller.close()
      },
    })
    const cookies = [...owner.client.cookies].map(([name, value]) => `${name}=${value}`)
    const uploading = t.app.request(`${ORIGIN}/api/v1/patients/${patientId}/documents`, {
      method: 'POST',
      headers: {
        Origin: ORIGIN,
        Cookie: cookies.join('; '),
        'X-CSRF-Token': owner.client.cookies.get('csrf_token') ?? '',
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: 'half',
    } as RequestInit)

    // If the upload held the transaction, this read would wait for it: the guard ends the wait.
    const guard = new Promise<'blocked'>((resolve) =>
      setTimeout(() => resolve('blocked'), 15_000).unref(),
    )
    const read = owner.client.get(`/api/v1/patients/${patientId}`).then((r) => r.status)
    const outcome = await Promise.race([read, guard])
    release()
    expect(outcome).toBe(200)
    expect((await uploading).status).toBe(201)
  })
})
