import { Secret, TOTP } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { generateTotpSecret, totpQrSvg, totpUri, verifyTotp } from './totp.ts'

// The RFC 6238 Appendix B secret: the ASCII bytes "12345678901234567890".
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const now = new Date('2026-03-01T10:00:15Z')
const step = Math.floor(now.getTime() / 30_000)

function codeAt(secret: string, time: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: time.getTime() })
}

function shifted(seconds: number): Date {
  return new Date(now.getTime() + seconds * 1000)
}

describe('TOTP', () => {
  it('generates a 20-byte base32 secret, different each time', () => {
    const secret = generateTotpSecret()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(Secret.fromBase32(secret).bytes).toHaveLength(20)
    expect(generateTotpSecret()).not.toBe(secret)
  })

  it('accepts the RFC 6238 SHA-1 test vectors truncated to six digits', () => {
    expect(verifyTotp(RFC_SECRET, '287082', { now: new Date(59_000) })).toEqual({
      ok: true,
      step: 1,
    })
    expect(verifyTotp(RFC_SECRET, '081804', { now: new Date(1_111_111_109_000) }).ok).toBe(true)
  })

  it('accepts the current code and returns its step', () => {
    expect(verifyTotp(RFC_SECRET, codeAt(RFC_SECRET, now), { now })).toEqual({ ok: true, step })
  })

  it('accepts a code from 30 seconds before or after', () => {
    const early = codeAt(RFC_SECRET, shifted(-30))
    const late = codeAt(RFC_SECRET, shifted(30))
    expect(verifyTotp(RFC_SECRET, early, { now })).toEqual({ ok: true, step: step - 1 })
    expect(verifyTotp(RFC_SECRET, late, { now })).toEqual({ ok: true, step: step + 1 })
  })

  it('refuses a code from 90 seconds before or after', () => {
    expect(verifyTotp(RFC_SECRET, codeAt(RFC_SECRET, shifted(-90)), { now })).toEqual({ ok: false })
    expect(verifyTotp(RFC_SECRET, codeAt(RFC_SECRET, shifted(90)), { now })).toEqual({ ok: false })
  })

  it('refuses a code whose step was already used', () => {
    const code = codeAt(RFC_SECRET, now)
    expect(verifyTotp(RFC_SECRET, code, { now, lastUsedStep: step }).ok).toBe(false)
    expect(verifyTotp(RFC_SECRET, code, { now, lastUsedStep: step + 1 }).ok).toBe(false)
    expect(verifyTotp(RFC_SECRET, code, { now, lastUsedStep: step - 1 }).ok).toBe(true)
    expect(verifyTotp(RFC_SECRET, code, { now, lastUsedStep: null }).ok).toBe(true)
  })

  it('refuses an older code once a newer step has been used', () => {
    const early = codeAt(RFC_SECRET, shifted(-30))
    expect(verifyTotp(RFC_SECRET, early, { now, lastUsedStep: step }).ok).toBe(false)
  })

  it('accepts a code typed with the space apps display', () => {
    const code = codeAt(RFC_SECRET, now)
    expect(verifyTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, { now }).ok).toBe(true)
  })

  it('refuses anything but six digits without throwing', () => {
    for (const input of ['', '12345', '1234567', 'abcdef', '१२३४५६', '12345a', null, 123456]) {
      expect(verifyTotp(RFC_SECRET, input as string, { now })).toEqual({ ok: false })
    }
  })

  it('builds an otpauth URI with the issuer, account and default app parameters', () => {
    const uri = new URL(
      totpUri({ secret: RFC_SECRET, account: 'asha@example.in', issuer: 'Niramaya' }),
    )
    expect(uri.protocol).toBe('otpauth:')
    expect(uri.host).toBe('totp')
    expect(decodeURIComponent(uri.pathname)).toBe('/Niramaya:asha@example.in')
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'Niramaya',
      secret: RFC_SECRET,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    })
  })

  it('renders the URI as an SVG QR code', async () => {
    const svg = await totpQrSvg(
      totpUri({ secret: RFC_SECRET, account: 'a@b.in', issuer: 'Niramaya' }),
    )
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('</svg>')
  })
})
