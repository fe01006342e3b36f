import { TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const codeAt = (secret: string, date: Date) =>
  new TOTP({ secret, digits: 6, period: 30 }).generate({ timestamp: date.getTime() })

async function enrol(client: ReturnType<typeof createClient>) {
  const setup = await client.post('/api/v1/me/two-factor')
  expect(setup.status).toBe(201)
  const { secret, otpauthUri, qrSvg } = await setup.json()
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//)
  expect(qrSvg).toContain('<svg')
  const confirm = await client.post('/api/v1/me/two-factor/confirm', {
    code: codeAt(secret, t.clock()),
  })
  expect(confirm.status).toBe(204)
  return secret as string
}

describe('two-factor sign-in (TOTP)', () => {
  it('once on, sign-in asks for the code, accepts the right one, refuses a wrong one and a replay', async () => {
    const owner = await signUpClinic(t.app)
    const secret = await enrol(owner.client)
    t.clock.advance(60_000)
    const login = (totpCode?: string) =>
      createClient(t.app).post('/api/v1/auth/login', {
        email: owner.email,
        password: owner.password,
        ...(totpCode ? { totpCode } : {}),
      })
    const withoutCode = await login()
    expect(withoutCode.status).toBe(401)
    expect((await withoutCode.json()).error.field).toBe('totpCode')
    expect((await login('000000')).status).toBe(401)
    const code = codeAt(secret, t.clock())
    expect((await login(code)).status).toBe(200)
    expect((await login(code)).status).toBe(401)
  })

  it('a wrong confirmation code leaves two-factor off', async () => {
    const owner = await signUpClinic(t.app)
    await owner.client.post('/api/v1/me/two-factor')
    const confirm = await owner.client.post('/api/v1/me/two-factor/confirm', { code: '123456' })
    expect(confirm.status).toBe(400)
    expect((await confirm.json()).error.field).toBe('code')
    expect((await (await owner.client.get('/api/v1/me')).json()).user.twoFactorEnabled).toBe(false)
  })

  it('a clinic can require it for owners and admins: until enrolled, only the profile works', async () => {
    const owner = await signUpClinic(t.app)
    const settings = await owner.client.patch('/api/v1/clinic/settings', { requireTwoFactor: true })
    expect(settings.status).toBe(200)
    const client = createClient(t.app)
    expect(
      (await client.post('/api/v1/auth/login', { email: owner.email, password: owner.password }))
        .status,
    ).toBe(200)
    const me = await (await client.get('/api/v1/me')).json()
    expect(me.mustEnrolTwoFactor).toBe(true)
    expect((await client.get('/api/v1/staff')).status).toBe(403)
    await enrol(client)
    expect((await client.get('/api/v1/staff')).status).toBe(200)
    const disable = await client.post('/api/v1/me/two-factor/disable', { password: owner.password })
    expect(disable.status).toBe(403)
  })

  it('can be turned off with the password', async () => {
    const owner = await signUpClinic(t.app)
    await enrol(owner.client)
    expect(
      (
        await owner.client.post('/api/v1/me/two-factor/disable', {
          password: 'wrong password here',
        })
      ).status,
    ).toBe(400)
    expect(
      (await owner.client.post('/api/v1/me/two-factor/disable', { password: owner.password }))
        .status,
    ).toBe(204)
    const login = await createClient(t.app).post('/api/v1/auth/login', {
      email: owner.email,
      password: owner.password,
    })
    expect(login.status).toBe(200)
  })
})
