import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClient,
  STRONG_PASSWORD,
  signUpClinic,
  uniqueEmail,
} from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { SIGN_UP_IP_LIMIT } from './throttle.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const valid = () => ({
  clinicName: 'Smile Dental Care',
  ownerName: 'Dr Asha Rao',
  email: uniqueEmail('owner'),
  password: STRONG_PASSWORD,
  state: 'Karnataka',
})

/**
 * What a sign-up with `email` and `clinicName` left behind. Counted by those values,
 * not table-wide: on PostgreSQL other test files sign up clinics at the same time.
 */
const leftBehind = (email: string, clinicName: string) =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ users: number; clinics: number }>`
      SELECT (SELECT count(*)::int FROM users WHERE email = lower(${email})) AS users,
             (SELECT count(*)::int FROM clinics WHERE name = ${clinicName}) AS clinics`.execute(tx)
    return rows[0]
  })

describe('POST /api/v1/auth/signup', () => {
  it('creates the clinic, its branch and owner, and signs the owner in', async () => {
    const client = createClient(t.app)
    const body = valid()
    const response = await client.post('/api/v1/auth/signup', body)
    expect(response.status).toBe(201)
    const me = await response.json()
    expect(me).toMatchObject({
      user: { email: body.email, fullName: 'Dr Asha Rao', twoFactorEnabled: false },
      clinic: { name: 'Smile Dental Care', stateCode: '29' },
      role: 'owner',
    })
    expect(client.cookies.get('niramaya_session')).toBeTruthy()
    expect(client.cookies.get('csrf_token')).toBeTruthy()
    const again = await client.get('/api/v1/me')
    expect(again.status).toBe(200)
  })

  it('sets the session cookie HttpOnly and SameSite=Lax, the CSRF cookie readable', async () => {
    const response = await createClient(t.app).post('/api/v1/auth/signup', valid())
    const cookies = response.headers.getSetCookie()
    const session = cookies.find((line) => line.startsWith('niramaya_session='))
    const csrf = cookies.find((line) => line.startsWith('csrf_token='))
    expect(session).toMatch(/HttpOnly/i)
    expect(session).toMatch(/SameSite=Lax/i)
    expect(csrf).not.toMatch(/HttpOnly/i)
  })

  it('a duplicate email is 409 and creates nothing', async () => {
    const owner = await signUpClinic(t.app)
    const clinicName = `Duplicate ${crypto.randomUUID()}`
    const response = await createClient(t.app).post('/api/v1/auth/signup', {
      ...valid(),
      clinicName,
      email: owner.email,
    })
    expect(response.status).toBe(409)
    expect((await response.json()).error).toMatchObject({ code: 'conflict', field: 'email' })
    expect(await leftBehind(owner.email, clinicName)).toEqual({ users: 1, clinics: 0 })
  })

  it.each([
    ['clinicName', { clinicName: '' }],
    ['ownerName', { ownerName: '   ' }],
    ['email', { email: 'not-an-email' }],
    ['password', { password: 'short' }],
    ['password', { password: 'password123' }],
    ['state', { state: 'Atlantis' }],
  ])('bad %s is a 400 naming the field and creates nothing', async (field, change) => {
    const body = { ...valid(), clinicName: `Bad input ${crypto.randomUUID()}`, ...change }
    const response = await createClient(t.app).post('/api/v1/auth/signup', body)
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe(field)
    expect(await leftBehind(body.email, body.clinicName)).toEqual({ users: 0, clinics: 0 })
  })

  it('a missing field is a 400 naming it', async () => {
    const { state: _, ...withoutState } = valid()
    const response = await createClient(t.app).post('/api/v1/auth/signup', withoutState)
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe('state')
  })

  it('stores an argon2id hash, never the password', async () => {
    const body = valid()
    await createClient(t.app).post('/api/v1/auth/signup', body)
    const stored = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ password_hash: string }>`
        SELECT password_hash FROM users WHERE email = ${body.email}`.execute(tx)
      return rows[0]?.password_hash ?? ''
    })
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(stored).not.toContain(body.password)
  })

  it('a request from another site is refused with 403', async () => {
    const response = await createClient(t.app).post('/api/v1/auth/signup', valid(), {
      Origin: 'https://evil.example',
    })
    expect(response.status).toBe(403)
  })

  it(`throttles sign-up per IP: attempt ${SIGN_UP_IP_LIMIT + 1} within 15 minutes is 429`, async () => {
    // A socket address of its own: on PostgreSQL other files share the throttle table.
    const ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`
    const signUpFrom = (address: string, body: object) =>
      t.app.request(
        'http://localhost/api/v1/auth/signup',
        {
          method: 'POST',
          headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        },
        { incoming: { socket: { remoteAddress: address } } },
      )
    const first = valid()
    expect((await signUpFrom(ip, first)).status).toBe(201)
    // Probing emails that have accounts counts as much as creating clinics.
    for (let i = 1; i < SIGN_UP_IP_LIMIT; i += 1) {
      expect((await signUpFrom(ip, { ...valid(), email: first.email })).status).toBe(409)
    }
    const refused = await signUpFrom(ip, valid())
    expect(refused.status).toBe(429)
    expect((await refused.json()).error.code).toBe('rate_limited')
    expect((await signUpFrom(ip, { ...valid(), email: first.email })).status).toBe(429)
    expect((await signUpFrom('10.78.0.1', valid())).status).toBe(201)
    t.clock.advance(15 * 60_000 + 1)
    expect((await signUpFrom(ip, valid())).status).toBe(201)
  })
})
