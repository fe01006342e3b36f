import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inspect } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateMasterKeyBase64, loadOrCreateDevMasterKey, parseMasterKey } from './master-key.ts'

describe('parseMasterKey', () => {
  it('accepts 32 bytes of base64 and names the key by the start of its SHA-256', () => {
    const key = randomBytes(32)
    const master = parseMasterKey(key.toString('base64'))
    expect(master.key.equals(key)).toBe(true)
    expect(master.id).toBe(createHash('sha256').update(key).digest('hex').slice(0, 16))
    expect(master.id).toMatch(/^[0-9a-f]{16}$/)
  })

  it('ignores surrounding whitespace, such as the newline at the end of a key file', () => {
    const base64 = generateMasterKeyBase64()
    expect(parseMasterKey(`  ${base64}\n`).id).toBe(parseMasterKey(base64).id)
  })

  it('refuses keys that are not exactly 32 bytes, without echoing the value', () => {
    const cases = [
      '',
      '   ',
      randomBytes(16).toString('base64'),
      randomBytes(31).toString('base64'),
      randomBytes(33).toString('base64'),
      randomBytes(64).toString('base64'),
      `${randomBytes(32).toString('base64').slice(0, 43)}!`,
      randomBytes(32).toString('base64url'),
      randomBytes(32).toString('hex'),
      'c2VjcmV0LXBhc3N3b3JkLXRoYXQtaXMtbm90LWEta2V5',
    ]
    for (const value of cases) {
      expect(() => parseMasterKey(value)).toThrow(/^master key: must /)
      try {
        parseMasterKey(value)
      } catch (error) {
        if (value.trim() !== '') expect((error as Error).message).not.toContain(value.trim())
      }
    }
  })

  it('keeps the key out of JSON and inspect output', () => {
    const master = parseMasterKey(generateMasterKeyBase64())
    const hex = master.key.toString('hex')
    const base64 = master.key.toString('base64')
    for (const text of [JSON.stringify(master), JSON.stringify({ master }), inspect(master)]) {
      expect(text).toContain(master.id)
      expect(text).not.toContain(hex)
      expect(text).not.toContain(base64)
      expect(text).not.toMatch(/"data":\[/)
    }
    expect({ ...master }.key.equals(master.key)).toBe(true)
  })
})

describe('generateMasterKeyBase64', () => {
  it('generates a different parseable 32-byte key each time', () => {
    const first = generateMasterKeyBase64()
    expect(first).toHaveLength(44)
    expect(parseMasterKey(first).key).toHaveLength(32)
    expect(generateMasterKeyBase64()).not.toBe(first)
  })
})

describe('loadOrCreateDevMasterKey', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'niramaya-master-key-'))
  })
  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
  })

  it('creates the key file once, readable by its owner only, and reuses it', () => {
    const dataDir = path.join(root, 'nested', 'data')
    const first = loadOrCreateDevMasterKey(dataDir)
    expect(first.wasCreated).toBe(true)
    const file = path.join(dataDir, 'master.key')
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(parseMasterKey(readFileSync(file, 'utf8')).id).toBe(first.masterKey.id)

    const second = loadOrCreateDevMasterKey(dataDir)
    expect(second.wasCreated).toBe(false)
    expect(second.masterKey.id).toBe(first.masterKey.id)
    expect(second.masterKey.key.equals(first.masterKey.key)).toBe(true)
    expect(readdirSync(dataDir)).toEqual(['master.key'])
  })

  it('uses a key file that already exists', () => {
    const base64 = generateMasterKeyBase64()
    writeFileSync(path.join(root, 'master.key'), `${base64}\n`, { mode: 0o600 })
    const { masterKey, wasCreated } = loadOrCreateDevMasterKey(root)
    expect(wasCreated).toBe(false)
    expect(masterKey.id).toBe(parseMasterKey(base64).id)
  })

  it('refuses a damaged key file rather than replacing it', () => {
    const file = path.join(root, 'master.key')
    writeFileSync(file, 'not a key\n', { mode: 0o600 })
    expect(() => loadOrCreateDevMasterKey(root)).toThrow(`${file}: master key: must `)
    expect(readFileSync(file, 'utf8')).toBe('not a key\n')
  })
})
