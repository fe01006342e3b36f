import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic, uniqueEmail } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const MINUTE = 60_000

describe('sign-in', () => {
  it('signs in with email and password, case and spaces in the email ignored', async () => {
    const owner = await signUpClinic(t.app)
    const client = createClient(t.app)
    const response = await client.post('/api/v1/auth/login', {
      email: `  ${owner.email.toUpperCase()} `,
      password: owner.password,
    })
    expect(response.status).toBe(200)
    expect((await response.json()).role).toBe('owner')
    expect((await client.get('/api/v1/me')).status).toBe(200)
  })

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const owner = await signUpClinic(t.app)
    const wrong = await createClient(t.app).post('/api/v1/auth/login', {
      email: owner.email,
      password: 'not the password at all',
    })
    const unknown = await createClient(t.app).post('/api/v1/auth/login', {
      email: uniqueEmail(),
      password: 'not the password at all',
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message)
  })

  it('locks the account for 15 minutes after 5 failures in 15 minutes, for a right password too', async () => {
    const owner = await signUpClinic(t.app)
    const attempt = (password: string) =>
      createClient(t.app).post('/api/v1/auth/login', { email: owner.email, password })
    for (let i = 0; i < 5; i += 1) expect((await attempt('wrong password number')).status).toBe(401)
    expect((await attempt(owner.password)).status).toBe(429)
    t.clock.advance(14 * MINUTE)
    expect((await attempt(owner.password)).status).toBe(429)
    t.clock.advance(2 * MINUTE)
    expect((await attempt(owner.password)).status).toBe(200)
  })

  it('locks unknown emails the same way, so a lockout reveals nothing', async () => {
    const email = uniqueEmail()
    const attempt = () =>
      createClient(t.app).post('/api/v1/auth/login', { email, password: 'any password here' })
    for (let i = 0; i < 5; i += 1) expect((await attempt()).status).toBe(401)
    expect((await attempt()).status).toBe(429)
  })

  it('forgets failures older than the 15-minute window', async () => {
    const owner = await signUpClinic(t.app)
    const attempt = (password: string) =>
      createClient(t.app).post('/api/v1/auth/login', { email: owner.email, password })
    for (let i = 0; i < 4; i += 1) await attempt('wrong password number')
    t.clock.advance(16 * MINUTE)
    for (let i = 0; i < 4; i += 1) expect((await attempt('wrong password number')).status).toBe(401)
    expect((await attempt(owner.password)).status).toBe(200)
  })

  it('records failures and the lockout in the audit log', async () => {
    const owner = await signUpClinic(t.app)
    for (let i = 0; i < 5; i += 1) {
      await createClient(t.app).post('/api/v1/auth/login', {
        email: owner.email,
        password: 'wrong password number',
      })
    }
    const events = await (await owner.client.get('/api/v1/audit/events?action=auth.')).json()
    const actions = (events as { action: string }[]).map((event) => event.action)
    expect(actions.filter((action) => action === 'auth.login_failed')).toHaveLength(5)
    expect(actions).toContain('auth.locked_out')
    expect(actions).toContain('auth.signed_up')
  })

  it('bad input is a 400 naming the field', async () => {
    const response = await createClient(t.app).post('/api/v1/auth/login', {
      email: 'x',
      password: 'y',
    })
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe('email')
  })
})

describe('sessions', () => {
  it('end after 30 idle minutes (no sleeping: the clock moves)', async () => {
    const { client } = await signUpClinic(t.app)
    t.clock.advance(29 * MINUTE)
    expect((await client.get('/api/v1/me')).status).toBe(200)
    t.clock.advance(29 * MINUTE)
    expect((await client.get('/api/v1/me')).status).toBe(200)
    t.clock.advance(31 * MINUTE)
    expect((await client.get('/api/v1/me')).status).toBe(401)
  })

  it('end 12 hours after sign-in even when in use', async () => {
    const { client } = await signUpClinic(t.app)
    for (let step = 0; step < 28; step += 1) {
      t.clock.advance(25 * MINUTE)
      expect((await client.get('/api/v1/me')).status).toBe(200)
    }
    t.clock.advance(19 * MINUTE) // 11 h 59 min after sign-in
    expect((await client.get('/api/v1/me')).status).toBe(200)
    t.clock.advance(MINUTE + 1) // 12 h and a moment; idle only a minute
    expect((await client.get('/api/v1/me')).status).toBe(401)
  })

  it('log out ends this session only; log out everywhere ends all', async () => {
    const owner = await signUpClinic(t.app)
    const laptop = owner.client
    const tablet = createClient(t.app)
    const desk = createClient(t.app)
    await tablet.post('/api/v1/auth/login', { email: owner.email, password: owner.password })
    await desk.post('/api/v1/auth/login', { email: owner.email, password: owner.password })
    expect((await laptop.post('/api/v1/auth/logout')).status).toBe(204)
    expect((await laptop.get('/api/v1/me')).status).toBe(401)
    expect((await tablet.get('/api/v1/me')).status).toBe(200)
    expect((await tablet.post('/api/v1/auth/logout-everywhere')).status).toBe(204)
    expect((await tablet.get('/api/v1/me')).status).toBe(401)
    expect((await desk.get('/api/v1/me')).status).toBe(401)
  })

  it('a state-changing request without the CSRF token is refused and changes nothing', async () => {
    const { client } = await signUpClinic(t.app)
    const response = await client.post('/api/v1/auth/logout', {}, { 'X-CSRF-Token': 'forged' })
    expect(response.status).toBe(403)
    expect((await client.get('/api/v1/me')).status).toBe(200)
  })

  it('a request from another origin is refused even with the token', async () => {
    const { client } = await signUpClinic(t.app)
    const response = await client.post(
      '/api/v1/auth/logout',
      {},
      { Origin: 'https://evil.example' },
    )
    expect(response.status).toBe(403)
    expect((await client.get('/api/v1/me')).status).toBe(200)
  })

  it('without a session, protected routes answer 401', async () => {
    expect((await createClient(t.app).get('/api/v1/me')).status).toBe(401)
    expect((await createClient(t.app).get('/api/v1/staff')).status).toBe(401)
  })
})
