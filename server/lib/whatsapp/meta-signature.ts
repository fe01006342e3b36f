import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Whether a webhook POST came from Meta: `X-Hub-Signature-256: sha256=<hex>`, where hex is the
 * HMAC-SHA256 of the raw request body bytes keyed with the app secret (india-domain §7.4).
 * Checked on the raw bytes before any parsing (a re-serialised body would not match), and
 * compared in constant time so the answer's timing reveals nothing about the expected value.
 */
export function isValidMetaSignature(
  rawBody: Uint8Array,
  header: string | undefined,
  appSecret: string,
): boolean {
  if (!header || !appSecret) return false
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())
  if (!match) return false
  const given = Buffer.from(match[1] as string, 'hex')
  const expected = createHmac('sha256', appSecret).update(rawBody).digest()
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The header value Meta would send for `rawBody` (for the local fake provider and tests). */
export function metaSignature(rawBody: Uint8Array | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`
}
