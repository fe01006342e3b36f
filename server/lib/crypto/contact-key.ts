import { createHmac, hkdfSync } from 'node:crypto'
import { KEY_LENGTH } from './gcm.ts'
import type { MasterKey } from './master-key.ts'

/**
 * A patient's WhatsApp number as a key that routes replies: HMAC-SHA256 of "+91" and the ten
 * digits under a key derived from the master key (HKDF, its own label, RFC 5869). On the
 * platform's shared sender every clinic writes from one number, so a reply says only which number
 * it came from; the messages we sent carry this key, and the reply goes to the clinic that last
 * wrote to that number. The number itself is never stored for it, and without the master key the
 * keys cannot be computed to test a guess (a bare hash of a ten-digit number could be).
 */
const INFO = Buffer.from('niramaya whatsapp contact key v1', 'utf8')

function contactHmacKey(master: MasterKey): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), INFO, KEY_LENGTH))
}

/** `mobile` is ten digits (parseIndianMobile). */
export function contactKeyOf(master: MasterKey, mobile: string): string {
  return createHmac('sha256', contactHmacKey(master)).update(`+91${mobile}`).digest('hex')
}

/** The keys under every master key still held, so replies keep finding their clinic mid-rotation. */
export function contactKeysOf(masters: readonly MasterKey[], mobile: string): string[] {
  return masters.map((master) => contactKeyOf(master, mobile))
}
