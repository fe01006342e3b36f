/**
 * GSTIN validation (india-domain §3.5): 2-digit state code, the holder's 10-character PAN, the
 * entity number for that PAN in that state, 'Z', and a check character computed with the Luhn
 * mod 36 algorithm over 0-9A-Z (GSTN; the same algorithm as resilient-tech/india-compliance
 * `validate_gstin_check_digit` and python-stdnum `gstin.py`). Pure and isomorphic: the clinic tax
 * profile form, the server and the invoice's B2B buyer field all use it.
 */
import { INDIAN_STATES } from '../india/states.ts'

/**
 * The shape of a regular taxpayer's GSTIN: state code, PAN (5 letters, 4 digits, a letter),
 * entity number (1–9, A–Z), 'Z', check character. Defined here, re-exported by
 * shared/contracts/clinic.ts, so that the billing code has no dependency on zod contracts.
 */
export const GSTIN_FORMAT = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/

const CODE_POINTS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const STATE_CODE_SET: ReadonlySet<string> = new Set(INDIAN_STATES.map((state) => state.code))

/**
 * The 15th character of a GSTIN from its first 14: Luhn mod 36. From the left, every second code
 * point is doubled; each product contributes its base-36 digits (quotient + remainder); the check
 * character makes the total a multiple of 36.
 */
export function gstinCheckCharacter(first14: string): string {
  if (!/^[0-9A-Z]{14}$/.test(first14)) {
    throw new RangeError('first14: must be 14 characters of 0-9 and A-Z')
  }
  let total = 0
  for (let index = 0; index < 14; index++) {
    const product = CODE_POINTS.indexOf(first14.charAt(index)) * (index % 2 === 0 ? 1 : 2)
    total += (product - (product % 36)) / 36 + (product % 36)
  }
  return CODE_POINTS.charAt((36 - (total % 36)) % 36)
}

export type GstinErrorCode =
  /** Not 15 characters of the regular-taxpayer shape (GSTIN_FORMAT). */
  | 'format'
  /** The last character is not the Luhn mod 36 check character of the first 14. */
  | 'check_character'
  /** An unknown state code, or not the clinic's state when `stateCode` is given. */
  | 'state'
  /** The PAN's serial (characters 8–11 of the GSTIN) is 0000, which no PAN has (python-stdnum). */
  | 'pan_serial'

export type GstinCheck =
  | { ok: true; gstin: string; stateCode: string; pan: string }
  | { ok: false; code: GstinErrorCode }

/**
 * Checks a GSTIN as typed. Surrounding white space is trimmed and letters are upper-cased (the
 * normalised value is what to store); white space inside the number is a format error, not
 * silently removed. The checks run format → check character → state → PAN serial, so a typo is
 * reported as a wrong check character before anything more specific.
 *
 * `stateCode`: the clinic's GST state code. In-clinic services are intra-state (IGST Act
 * s.12(4)), and a GSTIN is registered per state, so the clinic's own GSTIN must carry its state's
 * code. Leave it out for a buyer's GSTIN.
 */
export function checkGstin(input: string, options: { stateCode?: string } = {}): GstinCheck {
  const gstin = input.trim().toUpperCase()
  if (!GSTIN_FORMAT.test(gstin)) return { ok: false, code: 'format' }
  if (gstinCheckCharacter(gstin.slice(0, 14)) !== gstin.charAt(14)) {
    return { ok: false, code: 'check_character' }
  }
  const stateCode = gstin.slice(0, 2)
  if (!STATE_CODE_SET.has(stateCode)) return { ok: false, code: 'state' }
  if (options.stateCode !== undefined && options.stateCode !== stateCode) {
    return { ok: false, code: 'state' }
  }
  const pan = gstin.slice(2, 12)
  if (pan.slice(5, 9) === '0000') return { ok: false, code: 'pan_serial' }
  return { ok: true, gstin, stateCode, pan }
}
