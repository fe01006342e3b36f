import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compressOutputs, hashInputs, isCurrent, markCurrent, markStale } from './web-build.ts'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'niramaya-web-build-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

const write = (file: string, contents: string | Buffer) => {
  mkdirSync(path.dirname(path.join(directory, file)), { recursive: true })
  writeFileSync(path.join(directory, file), contents)
}

describe('compressOutputs', () => {
  it('writes brotli and gzip copies that decompress to each compressible file', async () => {
    const script = 'export const greeting = "namaste";\n'.repeat(200)
    write('assets/app-1.js', script)
    write('assets/app-1.css', 'body { margin: 0 }\n'.repeat(100))
    expect(await compressOutputs(directory)).toBe(2)
    const br = await readFile(path.join(directory, 'assets/app-1.js.br'))
    const gz = await readFile(path.join(directory, 'assets/app-1.js.gz'))
    expect(brotliDecompressSync(br).toString()).toBe(script)
    expect(gunzipSync(gz).toString()).toBe(script)
    expect(existsSync(path.join(directory, 'assets/app-1.css.br'))).toBe(true)
  })

  it('leaves small files and already-compressed formats alone', async () => {
    write('index.html', '<!doctype html><div id="root"></div>')
    write('assets/photo.png', Buffer.alloc(4096, 1))
    expect(await compressOutputs(directory)).toBe(0)
    expect(existsSync(path.join(directory, 'index.html.br'))).toBe(false)
    expect(existsSync(path.join(directory, 'assets/photo.png.gz'))).toBe(false)
  })
})

describe('the build stamp', () => {
  beforeEach(() => {
    write('index.html', '<!doctype html>')
    write('assets/app-1.js', 'console.log(1)')
  })

  it('is current only after a complete build of the same inputs', async () => {
    expect(isCurrent(directory, 'hash-a')).toBe(false)
    await markCurrent(directory, 'hash-a')
    expect(isCurrent(directory, 'hash-a')).toBe(true)
    expect(isCurrent(directory, 'hash-b')).toBe(false)
  })

  it('is not current once a build has started (until it completes)', async () => {
    await markCurrent(directory, 'hash-a')
    await markStale(directory)
    expect(isCurrent(directory, 'hash-a')).toBe(false)
  })

  it('is not current when a built file has gone missing', async () => {
    await markCurrent(directory, 'hash-a')
    rmSync(path.join(directory, 'assets/app-1.js'))
    expect(isCurrent(directory, 'hash-a')).toBe(false)
  })

  it('is not current without an index.html, or when the stamp is unreadable', async () => {
    rmSync(path.join(directory, 'index.html'))
    await markCurrent(directory, 'hash-a')
    expect(isCurrent(directory, 'hash-a')).toBe(false)
    write('.build-stamp.json', '{ not json')
    expect(isCurrent(directory, 'hash-a')).toBe(false)
  })
})

describe('hashInputs', () => {
  it('changes when a source changes or is added, and only then', () => {
    write('web/src/main.tsx', 'render()')
    write('vite.config.ts', 'export default {}')
    const inputs = ['web', 'vite.config.ts', 'missing.json']
    const first = hashInputs(directory, inputs)
    expect(hashInputs(directory, inputs)).toBe(first)
    write('web/src/main.tsx', 'render(<App />)')
    const edited = hashInputs(directory, inputs)
    expect(edited).not.toBe(first)
    write('web/src/new-page.tsx', 'export {}')
    expect(hashInputs(directory, inputs)).not.toBe(edited)
  })

  it('changes when a file is renamed, even with the same contents', () => {
    write('web/a.ts', 'x')
    const before = hashInputs(directory, ['web'])
    rmSync(path.join(directory, 'web/a.ts'))
    write('web/b.ts', 'x')
    expect(hashInputs(directory, ['web'])).not.toBe(before)
  })
})
