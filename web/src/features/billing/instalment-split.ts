/**
 * "Split evenly into N monthly" for the instalments dialog: integer paise only (money never
 * passes through floating point), the odd paise on the last instalment so the sum is exact, as
 * the server insists (server/modules/billing/set-instalments.ts).
 */

/** The same day `months` later, or the month's last day when it is shorter (31 Jan → 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  const index = year * 12 + (month - 1) + months
  const nextYear = Math.floor(index / 12)
  const nextMonth = (index % 12) + 1
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${nextYear}-${pad(nextMonth)}-${pad(Math.min(day, lastDay))}`
}

export interface SplitInstalment {
  dueOn: string
  amountPaise: number
}

/** `duePaise` in `count` monthly instalments from `firstDueOn`; the last takes the odd paise. */
export function splitEvenly(
  duePaise: number,
  count: number,
  firstDueOn: string,
): SplitInstalment[] {
  const share = Math.floor(duePaise / count)
  return Array.from({ length: count }, (_, index) => ({
    dueOn: addMonths(firstDueOn, index),
    amountPaise: index === count - 1 ? duePaise - share * (count - 1) : share,
  }))
}
