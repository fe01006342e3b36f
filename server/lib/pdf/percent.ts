/**
 * GST rates as documents print them, from basis points, without floating point: every clinic
 * document with tax (estimates, invoices, credit notes) uses these.
 */

/** Basis points as a percentage without floating point: 1800 → "18%", 250 → "2.5%". */
export function percent(basisPoints: number): string {
  return decimalPercent(basisPoints, 2)
}

/** Half a rate in basis points (CGST or SGST): 1800 → "9%", 500 → "2.5%", 25 → "0.125%". */
export function halfPercent(basisPoints: number): string {
  return decimalPercent(basisPoints * 5, 3)
}

/** `units` ÷ 10^scale as a percentage, trailing zeros dropped. */
function decimalPercent(units: number, scale: number): string {
  const digits = String(units).padStart(scale + 1, '0')
  const fraction = digits.slice(-scale).replace(/0+$/, '')
  const whole = digits.slice(0, -scale)
  return fraction === '' ? `${whole}%` : `${whole}.${fraction}%`
}
