/**
 * Dates and return periods for the GST section of the Billing page, all from the clinic's date
 * ('YYYY-MM-DD', from useClinicNow), never the browser's clock. A GSTR-1 period is a month
 * ('2026-05') or a quarter of the financial year ('2026-Q1' = April–June 2026, '2026-Q4' =
 * January–March 2027), as the server's Gstr1Query takes it (shared/contracts/billing-reports.ts).
 */

const pad = (value: number) => String(value).padStart(2, '0')

function yearAndMonth(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) }
}

/** The first and the last day of the month of `date`. */
export function monthRange(date: string): { from: string; to: string } {
  const { year, month } = yearAndMonth(date)
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay)}` }
}

/** The month of `date` and the `count - 1` before it, newest first: ['2026-05', '2026-04', …]. */
export function recentMonths(date: string, count: number): string[] {
  const { year, month } = yearAndMonth(date)
  return Array.from({ length: count }, (_, back) => {
    const index = year * 12 + (month - 1) - back
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
  })
}

/** The financial year (April to March, by the year it starts) and its quarter, Q1 = April–June. */
export function financialQuarterOf(date: string): { fy: number; quarter: number } {
  const { year, month } = yearAndMonth(date)
  const fy = month >= 4 ? year : year - 1
  // April is month 0 of the financial year.
  return { fy, quarter: Math.floor(((month + 8) % 12) / 3) + 1 }
}

/** The quarter of `date` and the `count - 1` before it, newest first: ['2026-Q1', '2025-Q4', …]. */
export function recentQuarters(date: string, count: number): string[] {
  const { fy, quarter } = financialQuarterOf(date)
  return Array.from({ length: count }, (_, back) => {
    const index = fy * 4 + (quarter - 1) - back
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
  })
}

/** '2026–27' for the financial year starting in April 2026, as GST returns name it. */
export function financialYearLabel(fy: number): string {
  return `${fy}–${pad((fy + 1) % 100)}`
}

/**
 * The period the accountant most likely files next: the month before `date`. A monthly filer
 * files GSTR-1 for a month by the 11th of the next (CGST Act s.37(1), Rule 59(1)).
 */
export function defaultReturnPeriod(date: string): string {
  return recentMonths(date, 2)[1] as string
}
