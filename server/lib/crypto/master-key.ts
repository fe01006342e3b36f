import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import path from 'node:path'
import { KEY_LENGTH } from './gcm.ts'

/**
 * The key-encryption key: it only ever wraps clinics' data keys (envelope encryption), never a
 * patient's value. `id` names it without revealing it — the SHA-256 of a random 256-bit key gives
 * nothing away — so each wrapped data key can record which master wrapped it, and a rotation can
 * find the keys still wrapped by the old one.
 */
export interface MasterKey {
  id: string
  key: Buffer
}

const BASE64_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/
const DEV_KEY_FILE = 'master.key'

/**
 * Parses a base64 master key (as in `MASTER_KEY`) that must decode to exactly 32 bytes. Errors
 * describe the problem, never the value: a key pasted into the wrong variable must not end up in
 * a log.
 */
export function parseMasterKey(base64: string): MasterKey {
  const text = typeof base64 === 'string' ? base64.trim() : ''
  if (text === '' || text.length % 4 !== 0 || !BASE64_PATTERN.test(text)) {
    throw new Error(
      `master key: must be ${KEY_LENGTH} random bytes in standard base64 (44 characters)`,
    )
  }
  const key = Buffer.from(text, 'base64')
  if (key.length !== KEY_LENGTH) {
    throw new Error(`master key: must decode to exactly ${KEY_LENGTH} bytes, not ${key.length}`)
  }
  return masterKeyOf(key)
}

/** A new master key as base64, for `MASTER_KEY` or the development key file. */
export function generateMasterKeyBase64(): string {
  return randomBytes(KEY_LENGTH).toString('base64')
}

/**
 * Development only: reads `<dataDir>/master.key`, or creates it (owner-only, 0600) on first run.
 * The key then sits beside the data it protects, which defeats the purpose in production; the
 * caller logs a warning, and production requires `MASTER_KEY`. See: docs/decisions/0009
 */
export function loadOrCreateDevMasterKey(dataDir: string): {
  masterKey: MasterKey
  wasCreated: boolean
} {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const file = path.join(dataDir, DEV_KEY_FILE)
  const existing = readKeyFile(file)
  if (existing) return { masterKey: existing, wasCreated: false }
  const wasCreated = createKeyFile(file)
  const masterKey = readKeyFile(file)
  if (!masterKey) throw new Error(`${file}: could not be created`)
  return { masterKey, wasCreated }
}

function readKeyFile(file: string): MasterKey | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined
    throw error
  }
  try {
    return parseMasterKey(text)
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`)
  }
}

/**
 * Writes the key to a temporary file, flushes it to disk, then hard-links it into place. The link
 * fails if the file already exists, so when the server and the worker start together exactly one
 * key wins and neither can read a half-written file. Returns whether this call created it.
 */
function createKeyFile(file: string): boolean {
  const temporary = `${file}.${randomUUID()}.tmp`
  const descriptor = openSync(temporary, 'wx', 0o600)
  try {
    writeSync(descriptor, `${generateMasterKeyBase64()}\n`)
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
  try {
    linkSync(temporary, file)
    return true
  } catch (error) {
    if (isErrorCode(error, 'EEXIST')) return false
    throw error
  } finally {
    unlinkSync(temporary)
  }
}

/**
 * The key is kept off JSON and `util.inspect`, so logging a MasterKey by mistake prints its id
 * only. The helpers are non-enumerable: spreading the object copies `id` and `key` and nothing else.
 */
function masterKeyOf(key: Buffer): MasterKey {
  const id = createHash('sha256').update(key).digest('hex').slice(0, 16)
  const masterKey: MasterKey = { id, key }
  const redacted = () => ({ id, key: '[redacted]' })
  Object.defineProperty(masterKey, 'toJSON', { value: redacted })
  Object.defineProperty(masterKey, Symbol.for('nodejs.util.inspect.custom'), { value: redacted })
  return masterKey
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}
