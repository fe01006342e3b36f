/**
 * Credit note arithmetic (CGST Act s.34, Rule 53(1A)): how much of an invoice can still be
 * credited, and how an amount credited against one line divides into taxable value, CGST and
 * SGST so that the parts add up to the amount exactly, keep CGST = SGST, and never credit more of
 * any part than the line has left. Integer paise only.
 */
import { halfGstPaise } from '../plans/estimate.ts'

export type CreditRoom =
  | { ok: true; remainingPaise: number; remainingAfterPaise: number }
  | {
      ok: false
      code: 'not_integer' | 'not_positive' | 'exceeds_remaining'
      remainingPaise: number
    }

/**
 * Whether `requestedPaise` may be credited against an invoice whose grand total is
 * `invoiceTotalPaise` and which has `creditedSoFarPaise` credited already: the sum of the credit
 * notes cannot exceed the invoice. Throws a RangeError when the stored amounts themselves are
 * impossible (credited beyond the total), which is a bug, not bad input.
 */
export function creditNoteRoom(
  invoiceTotalPaise: number,
  creditedSoFarPaise: number,
  requestedPaise: number,
): CreditRoom {
  assertPaise(invoiceTotalPaise, 'invoiceTotalPaise')
  assertPaise(creditedSoFarPaise, 'creditedSoFarPaise')
  if (creditedSoFarPaise > invoiceTotalPaise) {
    throw new RangeError('creditedSoFarPaise: already more than the invoice total')
  }
  const remainingPaise = invoiceTotalPaise - creditedSoFarPaise
  if (!Number.isSafeInteger(requestedPaise))
    return { ok: false, code: 'not_integer', remainingPaise }
  if (requestedPaise <= 0) return { ok: false, code: 'not_positive', remainingPaise }
  if (requestedPaise > remainingPaise)
    return { ok: false, code: 'exceeds_remaining', remainingPaise }
  return { ok: true, remainingPaise, remainingAfterPaise: remainingPaise - requestedPaise }
}

/** What is left of a line to credit: its amounts less every earlier credit against it. */
export interface LineCreditBase {
  taxableValuePaise: number
  cgstPaise: number
  sgstPaise: number
}

export interface LineCreditParts {
  taxableValuePaise: number
  cgstPaise: number
  sgstPaise: number
  /** taxableValuePaise + cgstPaise + sgstPaise: the credited amount. */
  totalPaise: number
}

export type LineCreditSplit =
  | ({ ok: true } & LineCreditParts)
  | {
      ok: false
      code: 'not_integer' | 'not_positive' | 'exceeds_line' | 'indivisible'
      remainingPaise: number
    }

/**
 * Splits `creditPaise`, an amount including GST, credited against a line with `remaining` left
 * at `gstRateBp`:
 * - the whole remainder → exactly the remaining parts (so successive partial credits end with the
 *   line fully reversed, to the paisa);
 * - otherwise the taxable value t for which t + 2 × halfGstPaise(t, rate) = credit when one exists
 *   (the tax is then exactly what the rate gives on t); when rounding skips the amount, the tax of
 *   the nearest t below and the taxable value taking the remaining paisa or two;
 * - an exempt line (rate 0) credits taxable value only.
 * Each part is held within what the line has left. 'indivisible': only tax is left (earlier
 * credits of a paisa or two carry no tax) and an odd amount cannot be halved into CGST = SGST;
 * credit an even amount or the whole remainder.
 */
export function splitLineCredit(
  creditPaise: number,
  remaining: LineCreditBase,
  gstRateBp: number,
): LineCreditSplit {
  assertPaise(remaining.taxableValuePaise, 'remaining.taxableValuePaise')
  assertPaise(remaining.cgstPaise, 'remaining.cgstPaise')
  if (remaining.cgstPaise !== remaining.sgstPaise) {
    throw new RangeError('remaining: CGST and SGST must be equal (intra-state supply)')
  }
  assertPaise(gstRateBp, 'gstRateBp')
  const remainingPaise = remaining.taxableValuePaise + 2 * remaining.cgstPaise
  if (!Number.isSafeInteger(creditPaise)) return { ok: false, code: 'not_integer', remainingPaise }
  if (creditPaise <= 0) return { ok: false, code: 'not_positive', remainingPaise }
  if (creditPaise > remainingPaise) return { ok: false, code: 'exceeds_line', remainingPaise }
  if (creditPaise === remainingPaise) return parts(remaining.taxableValuePaise, remaining.cgstPaise)
  if (gstRateBp === 0 || remaining.cgstPaise === 0) return parts(creditPaise, 0)

  let half = halfOfInclusive(creditPaise, gstRateBp)
  let taxable = creditPaise - 2 * half
  // Keep each part within the line. credit < remaining total, so at most one bound is hit.
  if (half > remaining.cgstPaise) {
    half = remaining.cgstPaise
    taxable = creditPaise - 2 * half
  } else if (taxable > remaining.taxableValuePaise) {
    // The tax takes the excess; an odd excess moves one more paisa so that the halves are equal.
    const excess = creditPaise - remaining.taxableValuePaise
    taxable = remaining.taxableValuePaise - (excess % 2)
    half = (creditPaise - taxable) / 2
  }
  if (taxable < 0) return { ok: false, code: 'indivisible', remainingPaise }
  return parts(taxable, half)
}

/** The CGST (= SGST) contained in an amount including GST at `gstRateBp`. */
function halfOfInclusive(inclusivePaise: number, gstRateBp: number): number {
  const scaled = inclusivePaise * 10_000
  if (!Number.isSafeInteger(scaled)) throw new RangeError('creditPaise: too large')
  // t + 2·half(t) grows by 1 or 3 paise per paisa of t (rate ≤ 100 %), so the exact t, if any,
  // is within a paisa or two of credit ÷ (1 + rate).
  const estimate = (scaled - (scaled % (10_000 + gstRateBp))) / (10_000 + gstRateBp)
  for (let taxable = Math.max(0, estimate - 2); taxable <= estimate + 2; taxable++) {
    const half = halfGstPaise(taxable, gstRateBp)
    if (taxable + 2 * half === inclusivePaise) return half
  }
  return halfGstPaise(estimate, gstRateBp)
}

function parts(taxableValuePaise: number, halfPaise: number): { ok: true } & LineCreditParts {
  return {
    ok: true,
    taxableValuePaise,
    cgstPaise: halfPaise,
    sgstPaise: halfPaise,
    totalPaise: taxableValuePaise + 2 * halfPaise,
  }
}

function assertPaise(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name}: must be whole, non-negative paise`)
  }
}
