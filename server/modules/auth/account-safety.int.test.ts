import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, ORIGIN, signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { listOutbox } from '../../lib/email/outbox-provider.ts'
import { ACCOUNT_FAILURE_LIMIT } from './throttle.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const NEW_PASSWORD = 'tamarind rain on tuesday'

describe('confirming the current password is throttled', () => {
  it(`locks password changes after ${ACCOUNT_FAILURE_LIMIT} wrong current passwords, for 15 minutes`, async () => {
    const owner = await signUpClinic(t.app)
    const change = (currentPassword: string) =>
      owner.client.post('/api/v1/me/password', { currentPassword, newPassword: NEW_PASSWORD })
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i += 1) {
      const wrong = await change(`wrong guess ${i}`)
      expect(wrong.status).toBe(400)
      expect((await wrong.json()).error.field).toBe('currentPassword')
    }
    // Locked: even the right password waits.
    const locked = await change(owner.password)
    expect(locked.status).toBe(429)
    expect((await locked.json()).error.code).toBe('rate_limited')
    t.clock.advance(15 * 60_000 + 1)
    expect((await change(owner.password)).status).toBe(204)
  })

  it('locks turning two-factor off the same way', async () => {
    const owner = await signUpClinic(t.app)
    const disable = (password: string) =>
      owner.client.post('/api/v1/me/two-factor/disable', { password })
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i += 1) {
      expect((await disable(`wrong guess ${i}`)).status).toBe(400)
    }
    expect((await disable(owner.password)).status).toBe(429)
    // Another account is not affected.
    const other = await signUpClinic(t.app)
    const elsewhere = await other.client.post('/api/v1/me/two-factor/disable', {
      password: other.password,
    })
    expect(elsewhere.status).toBe(204)
  })
})

describe('a password change ends open reset links', () => {
  it('a link asked for before the change no longer works', async () => {
    const owner = await signUpClinic(t.app)
    const reset = await createClient(t.app).post('/api/v1/auth/password-reset', {
      email: owner.email,
    })
    expect(reset.status).toBe(202)
    const outbox = t.deps.outboxDir ?? ''
    let token: string | undefined
    await expect
      .poll(async () => {
        const mail = (await listOutbox(outbox, 500)).find((message) => message.to === owner.email)
        token = /reset-password#token=([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1]
        return token !== undefined
      })
      .toBe(true)
    const changed = await owner.client.post('/api/v1/me/password', {
      currentPassword: owner.password,
      newPassword: NEW_PASSWORD,
    })
    expect(changed.status).toBe(204)
    const confirm = await createClient(t.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'someone else took this over',
    })
    expect(confirm.status).toBe(410)
    const login = await createClient(t.app).post('/api/v1/auth/login', {
      email: owner.email,
      password: NEW_PASSWORD,
    })
    expect(login.status).toBe(200)
  })
})

describe('signing in again in the same browser', () => {
  it('ends the session whose cookie the browser sent', async () => {
    const owner = await signUpClinic(t.app)
    const elsewhere = createClient(t.app)
    expect(
      (await elsewhere.post('/api/v1/auth/login', { email: owner.email, password: owner.password }))
        .status,
    ).toBe(200)
    const oldCookie = `niramaya_session=${owner.client.cookies.get('niramaya_session')}`
    const again = await owner.client.post('/api/v1/auth/login', {
      email: owner.email,
      password: owner.password,
    })
    expect(again.status).toBe(200)
    expect(owner.client.cookies.get('niramaya_session')).not.toBe(oldCookie.split('=')[1])
    const withOld = await t.app.request(`${ORIGIN}/api/v1/me`, { headers: { Cookie: oldCookie } })
    expect(withOld.status).toBe(401)
    expect((await owner.client.get('/api/v1/me')).status).toBe(200)
    // Another browser's session is its own.
    expect((await elsewhere.get('/api/v1/me')).status).toBe(200)
  })
})
