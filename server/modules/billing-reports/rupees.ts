/**
 * Rupees with 2 decimals from integer paise, by integer arithmetic only: GSTN's GSTR-1 JSON and
 * NIC's INV-01 carry amounts as decimal rupees, and a float (paise / 100) would print 0.1 + 0.2
 * style errors into a tax return. Money stays paise everywhere else (ADR 0020).
 */

/** "1234.50" from 123450; "-0.05" from -5. */
export function rupeesText(paise: number): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError('paise must be a safe integer')
  const negative = paise < 0
  const magnitude = Math.abs(paise)
  const fraction = magnitude % 100
  const whole = (magnitude - fraction) / 100
  return `${negative ? '-' : ''}${whole}.${String(fraction).padStart(2, '0')}`
}

/** A GST rate in percent from basis points, exactly: 500 → "5", 1250 → "12.5", 25 → "0.25". */
export function percentText(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0)
    throw new RangeError('rate in basis points')
  const fraction = basisPoints % 100
  const whole = (basisPoints - fraction) / 100
  if (fraction === 0) return String(whole)
  return `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`
}

const MARK = '\u0000rupees:'

/**
 * A JSON value standing for an amount: JSON.stringify writes it as a marked string, and
 * `jsonWithRupees` turns the mark into a bare JSON number with exactly 2 decimals (1234.50),
 * never passing through a float.
 */
export function rupees(paise: number): number {
  return `${MARK}${rupeesText(paise)}` as unknown as number
}

/** A JSON number for a rate in percent (5, 12.5), likewise exact. */
export function percent(basisPoints: number): number {
  return `${MARK}${percentText(basisPoints)}` as unknown as number
}

/** JSON text of a document built with `rupees`/`percent`, with the amounts as bare numbers. */
export function jsonWithRupees(document: unknown, space?: number): string {
  // JSON.stringify escapes U+0000 as \u0000; the amount after the mark is digits, '-' and '.'.
  return JSON.stringify(document, null, space).replace(
    /"\\u0000rupees:(-?[0-9]+(?:\.[0-9]+)?)"/g,
    '$1',
  )
}
