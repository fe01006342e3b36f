/**
 * Indian identifiers: parsing and display. Isomorphic (server validation and
 * web forms use the same rules). See: ../shared/reference/india-domain.md §4.
 */

/**
 * A mobile number typed any common way (+91 98765 43210, 098765-43210,
 * 9876543210) as E.164 (+919876543210), or undefined when it is not an Indian
 * mobile: 10 digits starting 6, 7, 8 or 9 (National Numbering Plan).
 */
export function normalizeIndianMobile(input: string): string | undefined {
  const digits = input.replace(/[\s\-().]/g, '')
  const national = /^(?:\+?91|0)?([6-9]\d{9})$/.exec(digits)?.[1]
  return national ? `+91${national}` : undefined
}

/** PIN code: 6 digits, the first 1–9. */
export function isPinCode(input: string): boolean {
  return /^[1-9]\d{5}$/.test(input)
}

/**
 * ABHA number: 14 digits, with or without the XX-XXXX-XXXX-XXXX hyphens.
 * Format only: ABDM has published no checksum we can rely on (india-domain.md §4.1).
 */
export function normalizeAbhaNumber(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '')
  return /^\d{14}$/.test(digits) ? digits : undefined
}

export function formatAbhaNumber(digits: string): string {
  return `${digits.slice(0, 2)}-${digits.slice(2, 6)}-${digits.slice(6, 10)}-${digits.slice(10, 14)}`
}

/** ABHA address: handle@abdm (or @sbx in the sandbox, @ndhm for old ones). */
export function isAbhaAddress(input: string): boolean {
  return /^[a-z0-9](?:[a-z0-9._]{1,30}[a-z0-9])?@(abdm|sbx|ndhm)$/i.test(input)
}

/** True for something that looks like a whole Aadhaar number (12 digits), which must never be stored. */
export function looksLikeFullAadhaar(input: string): boolean {
  return /^\d{12}$/.test(input.replace(/\s/g, ''))
}

/** Masked Aadhaar as UIDAI advises: XXXX XXXX 1234. */
export function maskAadhaar(last4: string): string {
  return `XXXX XXXX ${last4}`
}
