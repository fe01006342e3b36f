import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createClient, signUpClinic, uniqueEmail } from '../../../test/http-client.ts'
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { EmailProvider } from '../../lib/email/email-provider.ts'
import { createSmtpProvider } from '../../lib/email/smtp-provider.ts'
import type { Logger } from '../../lib/logger.ts'
import { sendPasswordResetEmail } from './password-reset.ts'

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

  it('logs a failed send by error code, never with the address', async () => {
    const error = Object.assign(new Error('Recipient <asha@example.in> rejected'), {
      code: 'EENVELOPE',
      responseCode: 550,
    })
    const failing: EmailProvider = {
      kind: 'smtp',
      send: () => Promise.reject(error),
      close: async () => {},
    }
    const logged = vi.fn()
    const logger = { error: logged } as unknown as Logger
    const message = { to: 'asha@example.in', subject: 'Reset', text: 'link' }
    await sendPasswordResetEmail({ email: failing, logger }, message)
    expect(logged).toHaveBeenCalledWith(
      { code: 'EENVELOPE', responseCode: 550 },
      'password reset email failed',
    )
    expect(JSON.stringify(logged.mock.calls)).not.toContain('asha')
  })
})
