import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compressOutputs, markCurrent } from '../../scripts/web-build.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

// A miniature dist/web, compressed by the same code as the real build, beside a file
// the server must never reach.
const folder = mkdtempSync(path.join(tmpdir(), 'niramaya-web-'))
const webRoot = path.join(folder, 'web')
const script = 'console.log("Niramaya");\n'.repeat(400)
const INDEX = '<!doctype html><title>Niramaya</title><div id="root"></div>'
let testApp: TestApp

beforeAll(async () => {
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true })
  writeFileSync(path.join(folder, 'secret.txt'), 'outside the web root')
  writeFileSync(path.join(webRoot, 'index.html'), INDEX)
  writeFileSync(path.join(webRoot, 'assets', 'index-Ab12_cD.js'), script)
  writeFileSync(path.join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await compressOutputs(webRoot)
  await markCurrent(webRoot, 'test')
  testApp = await createTestApp({ webRoot })
})
afterAll(async () => {
  await testApp.close()
  rmSync(folder, { recursive: true, force: true })
})

const get = (requestPath: string, headers: Record<string, string> = {}) =>
  testApp.app.request(requestPath, { headers })
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())
const SCRIPT_PATH = '/assets/index-Ab12_cD.js'

describe('web app assets', () => {
  it('sends brotli to a client that accepts it, decompressing to the file', async () => {
    const response = await get(SCRIPT_PATH, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const body = await bytesOf(response)
    expect(body.length).toBeLessThan(script.length / 4)
    expect(brotliDecompressSync(body).toString()).toBe(script)
  })

  it('sends gzip to a client that accepts gzip but not brotli', async () => {
    const response = await get(SCRIPT_PATH, { 'Accept-Encoding': 'gzip, br;q=0' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(gunzipSync(await bytesOf(response)).toString()).toBe(script)
  })

  it('sends the plain bytes to a client that accepts no compression', async () => {
    const response = await get(SCRIPT_PATH)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    expect((await bytesOf(response)).equals(readFileSync(path.join(webRoot, SCRIPT_PATH)))).toBe(
      true,
    )
  })

  it('sends a file too small to compress plain, whatever the client accepts', async () => {
    const response = await get('/favicon.svg', { 'Accept-Encoding': 'br, gzip' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
  })

  it('answers a missing asset 404, not cached, instead of the app page', async () => {
    const response = await get('/assets/index-Old99.js', { 'Accept-Encoding': 'br' })
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).not.toMatch(/html/)
    expect(await response.text()).not.toContain('id="root"')
  })

  it('answers 404 for any missing path with a file extension', async () => {
    for (const missing of ['/robots.txt', '/assets/', '/assets', '/favicon.ico']) {
      const response = await get(missing)
      expect(response.status, missing).toBe(404)
      expect(response.headers.get('cache-control'), missing).toBe('no-store')
    }
  })

  it('never serves files outside the built files: dotfiles, escapes, traversal', async () => {
    for (const hidden of [
      '/.build-stamp.json',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/index-Ab12_cD.js%00',
    ]) {
      const response = await get(hidden)
      expect(response.status, hidden).toBe(404)
    }
  })
})

describe('client routes', () => {
  it('answer a path without an extension with the app page, revalidated each time', async () => {
    for (const route of ['/', '/patients', '/patients/8b1f0c7e-3f7a-4a8e-9d2b-1c2d3e4f5a6b']) {
      const response = await get(route, { 'Accept-Encoding': 'br' })
      expect(response.status, route).toBe(200)
      expect(response.headers.get('cache-control'), route).toBe('no-cache')
      expect(await response.text(), route).toBe(INDEX)
    }
  })

  it('an unknown API route stays a JSON 404, never the app page', async () => {
    const response = await get('/api/v1/no-such-thing')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/json/)
  })
})
