// Indian mobile numbers are ten digits starting with 6–9 (TRAI national numbering plan).
// Receptionists type them in many shapes (spaces, leading 0, with or without +91), so the
// formatter normalises first and only then groups as "+91 98765 43210".
// See: https://en.wikipedia.org/wiki/Telephone_numbers_in_India

const mobilePattern = /^[6-9]\d{9}$/

/** Returns the ten national digits of an Indian mobile number, or null if it is not one. */
export function parseIndianMobile(input: string): string | null {
  let digits = input.replace(/[\s\-().]/g, '')
  if (digits.startsWith('+91')) digits = digits.slice(3)
  else if (digits.length === 12 && digits.startsWith('91')) digits = digits.slice(2)
  else if (digits.length === 11 && digits.startsWith('0')) digits = digits.slice(1)
  return mobilePattern.test(digits) ? digits : null
}

/**
 * Formats an Indian mobile number for display: `"+919876543210"` → `"+91 98765 43210"`.
 * Anything that is not a recognisable Indian mobile (landlines, foreign numbers) is returned
 * trimmed but otherwise unchanged, because hiding what the patient gave us would be worse.
 */
export function formatIndianMobile(input: string): string {
  const digits = parseIndianMobile(input)
  if (digits === null) return input.trim()
  return `+91 ${digits.slice(0, 5)} ${digits.slice(5)}`
}
