/**
 * Rupees as typed by staff ("1,250" or "1250.50") to integer paise, and back for editing. Only
 * string and integer maths: parseFloat("1250.10") × 100 is 125009.99999…, and money must never
 * pass through floating point (CODE_STYLE: money is integer paise).
 */

const RUPEES = /^(\d{1,8})(?:\.(\d{1,2}))?$/

/** "1,23,456.5" → 12345650; null when it is not an amount in rupees with at most two decimals. */
export function rupeesToPaise(typed: string): number | null {
  const cleaned = typed.trim().replace(/^₹\s*/, '').replaceAll(',', '')
  const match = RUPEES.exec(cleaned)
  if (!match) return null
  const [, whole = '0', fraction = ''] = match
  // Whole rupees and the paise written side by side: "1250" + "50" is 125050 paise.
  return Number.parseInt(`${whole}${fraction.padEnd(2, '0')}`, 10)
}

/** 125050 → "1250.50", 125000 → "1250": what an edit field starts with. */
export function paiseToRupeesText(paise: number): string {
  const whole = Math.trunc(paise / 100)
  const rest = paise % 100
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`
}
