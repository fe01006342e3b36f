import { timingSafeEqual } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

/**
 * Time-based one-time passwords as authenticator apps (Google Authenticator, Microsoft
 * Authenticator, Aegis, 1Password) expect them by default: HMAC-SHA-1, 6 digits, 30-second steps.
 * See: RFC 6238 https://datatracker.ietf.org/doc/html/rfc6238
 */
const ALGORITHM = 'SHA1'
const DIGITS = 6
const PERIOD_SECONDS = 30
// One step either side absorbs phone clock drift and typing time; RFC 6238 §5.2 recommends at
// most one step of tolerance.
const DRIFT_STEPS = 1
// 160 bits, the HMAC-SHA-1 output length RFC 4226 §4 recommends for the shared secret.
const SECRET_BYTES = 20

/** A new shared secret, base32-encoded (as authenticator apps and `otpauth://` URIs carry it). */
export function generateTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32
}

/** The `otpauth://totp/…` URI an authenticator app reads from the enrolment QR code. */
export function totpUri(input: { secret: string; account: string; issuer: string }): string {
  return new TOTP({
    issuer: input.issuer,
    label: input.account,
    secret: Secret.fromBase32(input.secret),
    algorithm: ALGORITHM,
    digits: DIGITS,
    period: PERIOD_SECONDS,
  }).toString()
}

/** The URI as an SVG QR code, to show inline on the enrolment page (no image request to log). */
export async function totpQrSvg(uri: string): Promise<string> {
  // Loaded on first use, not at start-up (`npm start` budget, issue #9): few people enrol.
  const { default: QRCode } = await import('qrcode')
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
}

export type TotpResult = { ok: true; step: number } | { ok: false }

/**
 * Checks a code against the steps around `now`. A code is refused when its step is at or before
 * `lastUsedStep`, so an observed code cannot be replayed; the caller stores the returned step.
 * See: RFC 6238 §5.2 https://datatracker.ietf.org/doc/html/rfc6238#section-5.2
 */
export function verifyTotp(
  secret: string,
  code: string,
  options: { now: Date; lastUsedStep?: number | null },
): TotpResult {
  // Apps show codes as `123 456`; the space is not part of the code.
  const candidate = typeof code === 'string' ? code.replace(/\s/g, '') : ''
  if (!/^[0-9]{6}$/.test(candidate)) return { ok: false }
  const key = Secret.fromBase32(secret)
  const timestamp = options.now.getTime()
  const current = TOTP.counter({ period: PERIOD_SECONDS, timestamp })
  const lastUsedStep = options.lastUsedStep ?? -1
  for (let delta = -DRIFT_STEPS; delta <= DRIFT_STEPS; delta++) {
    const step = current + delta
    if (step <= lastUsedStep) continue
    const expected = TOTP.generate({
      secret: key,
      algorithm: ALGORITHM,
      digits: DIGITS,
      period: PERIOD_SECONDS,
      timestamp: step * PERIOD_SECONDS * 1000,
    })
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(candidate))) return { ok: true, step }
  }
  return { ok: false }
}
