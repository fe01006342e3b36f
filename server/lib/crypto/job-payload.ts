import { hkdfSync } from 'node:crypto'
import { DecryptionError } from './errors.ts'
import { KEY_LENGTH } from './gcm.ts'
import type { MasterKey } from './master-key.ts'
import { open, seal } from './sealed-box.ts'

/**
 * A job's secret part (an email holding a one-time link), sealed for the queue's table, which has
 * no RLS and which operators list (`npm run jobs`). The key is derived from the master key with
 * HKDF under its own label, so the master key itself still only ever wraps data keys, and a
 * sealed job opens only on servers that hold that master key. The queue's name is the additional
 * authenticated data: a payload moved to another queue does not open. See: RFC 5869, ADR 0024.
 */
export interface SealedJobPayload {
  /** Which master key it was derived from (its public id), so a rotation can still open it. */
  keyId: string
  sealed: string
}

const INFO = Buffer.from('niramaya job payload v1', 'utf8')

function payloadKey(master: MasterKey): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), INFO, KEY_LENGTH))
}

export function sealJobPayload(master: MasterKey, queue: string, value: unknown): SealedJobPayload {
  const plaintext = Buffer.from(JSON.stringify(value), 'utf8')
  const sealed = seal(payloadKey(master), plaintext, Buffer.from(queue, 'utf8'))
  return { keyId: master.id, sealed: sealed.toString('base64') }
}

/** Throws DecryptionError for an unknown key, another queue's payload or altered bytes. */
export function openJobPayload(
  findKey: (id: string) => MasterKey | undefined,
  queue: string,
  payload: unknown,
): unknown {
  const { keyId, sealed } = (payload ?? {}) as Partial<SealedJobPayload>
  const master = typeof keyId === 'string' ? findKey(keyId) : undefined
  if (!master || typeof sealed !== 'string') throw new DecryptionError()
  const plaintext = open(
    payloadKey(master),
    Buffer.from(sealed, 'base64'),
    Buffer.from(queue, 'utf8'),
  )
  return JSON.parse(plaintext.toString('utf8'))
}
