import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic, uniqueEmail } from '../../../test/http-client.ts'
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { createSmtpProvider } from '../../lib/email/smtp-provider.ts'

let t: TestApp
let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
  t = await createTestApp({
    email: createSmtpProvider({ url: sink.url, from: 'Niramaya <no-reply@example.test>' }),
  })
})
afterAll(async () => {
  await t.close()
  await sink.close()
})

const NEW_PASSWORD = 'monsoon rains in june'

async function requestLink(email: string) {
  const response = await createClient(t.app).post('/api/v1/auth/password-reset', { email })
  expect(response.status).toBe(202)
  const mail = await sink.waitFor((message) => message.to === email)
  const token = /reset-password#token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1]
  if (!token) throw new Error('no reset link in the email')
  return { mail, token }
}

describe('password reset by email (through a real SMTP server)', () => {
  it('sends a single-use link; the new password works, the old does not, sessions end', async () => {
    const owner = await signUpClinic(t.app)
    const { mail, token } = await requestLink(owner.email)
    expect(mail.subject).toContain('Reset your Niramaya password')
    expect(mail.text).toContain('http://localhost/reset-password#token=')
    const confirm = await createClient(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    })
    expect(confirm.status).toBe(204)
    expect((await owner.client.get('/api/v1/me')).status).toBe(401)
    const login = (password: string) =>
      createClient(t.app).post('/api/v1/auth/login', { email: owner.email, password })
    expect((await login(owner.password)).status).toBe(401)
    expect((await login(NEW_PASSWORD)).status).toBe(200)
    const reused = await createClient(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'another new passphrase',
    })
    expect(reused.status).toBe(410)
    expect((await login(NEW_PASSWORD)).status).toBe(200)
  })

  it('a link is good for 30 minutes', async () => {
    const owner = await signUpClinic(t.app)
    const { token } = await requestLink(owner.email)
    t.clock.advance(30 * 60_000 + 1)
    const confirm = await createClient(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    })
    expect(confirm.status).toBe(410)
    expect((await confirm.json()).error.message).toMatch(/expired/)
    const login = await createClient(t.app).post('/api/v1/auth/login', {
      email: owner.email,
      password: owner.password,
    })
    expect(login.status).toBe(200)
  })

  it('answers 202 for an unknown email and sends nothing', async () => {
    const email = uniqueEmail()
    const before = sink.messages.length
    const response = await createClient(t.app).post('/api/v1/auth/password-reset', { email })
    expect(response.status).toBe(202)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(sink.messages.slice(before).filter((message) => message.to === email)).toEqual([])
  })

  it('throttles reset requests: the sixth within 15 minutes is 429', async () => {
    const email = uniqueEmail()
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await createClient(t.app).post('/api/v1/auth/password-reset', { email })).status,
      ).toBe(202)
    }
    expect((await createClient(t.app).post('/api/v1/auth/password-reset', { email })).status).toBe(
      429,
    )
  })

  it('refuses a weak new password (400 naming it) and a malformed token (400), changing nothing', async () => {
    const owner = await signUpClinic(t.app)
    const { token } = await requestLink(owner.email)
    const weak = await createClient(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'password1',
    })
    expect(weak.status).toBe(400)
    expect((await weak.json()).error.field).toBe('password')
    const malformed = await createClient(t.app).post('/api/v1/auth/password-reset/confirm', {
      token: 'abc',
      password: NEW_PASSWORD,
    })
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).error.field).toBe('token')
    // The link still works afterwards: nothing was spent.
    const good = await createClient(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    })
    expect(good.status).toBe(204)
  })
})
