import { createRoute, z } from '@hono/zod-openapi'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, jsonOf, type TestApp, testDependencies } from '../../test/test-app.ts'
import { buildApp } from '../app.ts'
import type { Database } from '../db/schema.ts'
import { createRouter } from './router.ts'

let testApp: TestApp
beforeAll(async () => {
  testApp = await createTestApp()
})
afterAll(() => testApp.close())

describe('GET /api/v1/health', () => {
  it('reports the database as up', async () => {
    const response = await testApp.app.request('/api/v1/health')
    expect(response.status).toBe(200)
    expect(await jsonOf(response)).toMatchObject({ status: 'ok', database: 'up', version: 'test' })
  })

  it('answers 503 when the database cannot be reached', async () => {
    // Nothing listens on port 1: a real, unreachable PostgreSQL server.
    const broken = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({
          connectionString: 'postgres://nobody@127.0.0.1:1/none',
          connectionTimeoutMillis: 2000,
        }),
      }),
    })
    const app = buildApp(testDependencies(broken))
    const response = await app.request('/api/v1/health')
    expect(response.status).toBe(503)
    expect(await jsonOf(response)).toMatchObject({ status: 'degraded', database: 'down' })
    await broken.destroy()
  })
})

describe('errors', () => {
  it('an unknown API route is a JSON 404 with a request id', async () => {
    const response = await testApp.app.request('/api/v1/no-such-thing')
    expect(response.status).toBe(404)
    const body = await jsonOf(response)
    expect(body.error).toMatchObject({ code: 'not_found' })
    expect((body.error as { requestId: string }).requestId).toBe(
      response.headers.get('x-request-id'),
    )
  })

  describe('on a route with a request schema', () => {
    const probe = createRouter().openapi(
      createRoute({
        method: 'post',
        path: '/',
        request: {
          body: {
            content: {
              'application/json': {
                schema: z.object({
                  fullName: z.string().min(1),
                  address: z.object({ pinCode: z.string().regex(/^[1-9]\d{5}$/) }),
                }),
              },
            },
          },
        },
        responses: { 200: { description: 'ok' } },
      }),
      (c) => c.json({ ok: true }, 200),
    )
    const post = (body: string) =>
      buildApp(testDependencies(testApp.database.db), [['/probe', probe]]).request(
        '/api/v1/probe',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        },
      )

    it('bad input is a 400 that names the failing field', async () => {
      const response = await post(
        JSON.stringify({ fullName: 'Asha', address: { pinCode: '012345' } }),
      )
      expect(response.status).toBe(400)
      const body = await jsonOf(response)
      expect(body.error).toMatchObject({ code: 'validation_failed', field: 'address.pinCode' })
    })

    it('the message names the field but never echoes the value', async () => {
      const response = await post(
        JSON.stringify({ fullName: 12345678, address: { pinCode: '560001' } }),
      )
      const text = await response.text()
      expect(response.status).toBe(400)
      expect(text).toContain('fullName')
      expect(text).not.toContain('12345678')
    })

    it('a body that is not JSON is a 400 naming the body', async () => {
      const response = await post('{"fullName": ')
      expect(response.status).toBe(400)
      expect((await jsonOf(response)).error).toMatchObject({ code: 'bad_request', field: 'body' })
    })

    it('valid input passes', async () => {
      const response = await post(
        JSON.stringify({ fullName: 'Asha', address: { pinCode: '560001' } }),
      )
      expect(response.status).toBe(200)
    })
  })

  it('an unexpected failure is a bare 500: no stack, no message', async () => {
    const failing = createRouter()
    failing.get('/', () => {
      throw new Error('secret detail at /srv/niramaya/server.ts:42')
    })
    const app = buildApp(testDependencies(testApp.database.db), [['/boom', failing]])
    const response = await app.request('/api/v1/boom')
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(text).not.toContain('secret detail')
    expect(text).not.toContain('server.ts')
    expect(JSON.parse(text).error).toMatchObject({ code: 'internal' })
  })

  it('a body over 1 MiB is refused with 413', async () => {
    const response = await testApp.app.request('/api/v1/health', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) }),
    })
    expect(response.status).toBe(413)
    expect((await jsonOf(response)).error).toMatchObject({ code: 'payload_too_large' })
  })
})

describe('headers', () => {
  it('API responses are not cacheable and carry the security headers', async () => {
    const response = await testApp.app.request('/api/v1/health')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('keeps a plain caller-supplied request id and replaces an unsafe one', async () => {
    const kept = await testApp.app.request('/api/v1/health', {
      headers: { 'X-Request-Id': 'desk-42' },
    })
    expect(kept.headers.get('x-request-id')).toBe('desk-42')
    const replaced = await testApp.app.request('/api/v1/health', {
      headers: { 'X-Request-Id': 'x'.repeat(200) },
    })
    expect(replaced.headers.get('x-request-id')).not.toBe('x'.repeat(200))
  })
})

describe('OpenAPI', () => {
  it('describes every API route in an OpenAPI 3.1 document', async () => {
    const response = await testApp.app.request('/api/v1/openapi.json')
    expect(response.status).toBe(200)
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> }
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toContain('/api/v1/health')
  })

  it('serves the API reference page from this server, with no outside scripts', async () => {
    const response = await testApp.app.request('/api/docs')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('/api/docs/swagger-ui-bundle.js')
    expect(html).not.toMatch(/src="https?:/)
    const bundle = await testApp.app.request('/api/docs/swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
  })
})
