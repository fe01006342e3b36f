import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic, uniqueEmail } from '../../../test/http-client.ts'
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { createSmtpProvider } from '../../lib/email/smtp-provider.ts'

// The SMTP server holds every message until the test lets go: a mail server as slow as we like.
let release: () => void
const held = new Promise<void>((resolve) => {
  release = resolve
})
let t: TestApp
let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink({ beforeAccept: () => held })
  t = await createTestApp({
    email: createSmtpProvider({ url: sink.url, from: 'Niramaya <no-reply@example.test>' }),
  })
})
afterAll(async () => {
  release()
  await t.close()
  await sink.close()
})

/** The response, or 'still waiting' if it did not come while the mail server held the email. */
async function resetFor(email: string) {
  const request = createClient(t.app).post('/api/v1/auth/password-reset', { email })
  const waiting = new Promise<'still waiting'>((resolve) => {
    setTimeout(() => resolve('still waiting'), 4_000).unref()
  })
  return Promise.race([request, waiting])
}

async function shapeOf(response: Response | 'still waiting') {
  if (response === 'still waiting') return response
  const headers = [...response.headers.keys()].filter((name) => name !== 'x-request-id').sort()
  return { status: response.status, headers, body: await response.text() }
}

describe('password reset does not tell known emails from unknown ones', () => {
  it('answers alike without waiting for a slow mail server, and the email still goes', async () => {
    const owner = await signUpClinic(t.app)
    const known = await shapeOf(await resetFor(owner.email))
    const unknown = await shapeOf(await resetFor(uniqueEmail()))
    expect(known).toEqual(unknown)
    expect(known).toMatchObject({ status: 202, body: '' })
    // The mail server has not accepted the email yet: the answer did not wait for it.
    expect(sink.messages.filter((message) => message.to === owner.email)).toEqual([])
    release()
    const mail = await sink.waitFor((message) => message.to === owner.email)
    expect(mail.text).toContain('/reset-password#token=')
  })
})
