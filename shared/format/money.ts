// Money is stored and moved as integer paise (1 rupee = 100 paise) so that sums never pick up
// floating-point drift. Formatting is done with integer arithmetic on purpose: Intl output for
// 'en-IN' differs between ICU versions (Node, Chromium, older Safari), and invoices must read the
// same on screen and in server-rendered PDFs.

const rupeeSign = '₹'

/**
 * Formats integer paise as Indian rupees with lakh/crore grouping.
 * `formatPaise(12345600)` → `"₹1,23,456.00"`, `formatPaise(-123450)` → `"-₹1,234.50"`.
 * Throws a RangeError for non-integers and values beyond Number.MAX_SAFE_INTEGER.
 */
export function formatPaise(paise: number): string {
  if (!Number.isSafeInteger(paise)) {
    throw new RangeError(`formatPaise expects integer paise, received ${paise}`)
  }
  const isNegative = paise < 0
  const absolute = Math.abs(paise)
  const rupees = Math.trunc(absolute / 100)
  const remainder = String(absolute % 100).padStart(2, '0')
  return `${isNegative ? '-' : ''}${rupeeSign}${groupIndian(String(rupees))}.${remainder}`
}

// Indian grouping: the last three digits form one group, every group before it has two digits
// (12,34,56,789). See: https://en.wikipedia.org/wiki/Indian_numbering_system
export function groupIndian(digits: string): string {
  if (digits.length <= 3) return digits
  const lastThree = digits.slice(-3)
  const leading = digits.slice(0, -3)
  const pairs = leading.replace(/\B(?=(\d{2})+$)/g, ',')
  return `${pairs},${lastThree}`
}
