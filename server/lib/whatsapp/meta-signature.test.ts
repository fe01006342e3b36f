import { describe, expect, it } from 'vitest'
import { isValidMetaSignature, metaSignature } from './meta-signature.ts'

const secret = 'app-secret-for-tests'
const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}')

describe('Meta webhook signatures', () => {
  it('accept the HMAC-SHA256 of the raw body, in either case of hex', () => {
    const header = metaSignature(body, secret)
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(isValidMetaSignature(body, header, secret)).toBe(true)
    expect(
      isValidMetaSignature(body, header.toUpperCase().replace('SHA256', 'sha256'), secret),
    ).toBe(true)
  })

  it('refuse a missing, malformed, wrong-secret or other-body signature', () => {
    const header = metaSignature(body, secret)
    expect(isValidMetaSignature(body, undefined, secret)).toBe(false)
    expect(isValidMetaSignature(body, '', secret)).toBe(false)
    expect(isValidMetaSignature(body, header.replace('sha256=', 'sha1='), secret)).toBe(false)
    expect(isValidMetaSignature(body, `${header}00`, secret)).toBe(false)
    expect(isValidMetaSignature(body, metaSignature(body, 'another-secret'), secret)).toBe(false)
    // The same JSON with one space more is another body.
    const respaced = Buffer.from('{"object": "whatsapp_business_account","entry":[]}')
    expect(isValidMetaSignature(respaced, header, secret)).toBe(false)
    // No secret configured: nothing is valid.
    expect(isValidMetaSignature(body, metaSignature(body, ''), '')).toBe(false)
  })
})
