import type { GstSummary, GstSummaryQuery } from '../../../shared/contracts/billing-reports.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { fieldError } from '../../http/errors.ts'
import { presentPart, subtractParts } from './present.ts'
import { creditNoteTotalsByRate, invoiceTotalsByRate } from './queries.ts'

/** The last day a report starting on `from` may cover: one year, less a day (2026-04-01 → 2027-03-31). */
export function lastDayOfYearFrom(from: string): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number]
  const end = new Date(Date.UTC(year + 1, month - 1, day))
  end.setUTCDate(end.getUTCDate() - 1)
  return end.toISOString().slice(0, 10)
}

/** 400s naming `to` for a range that runs backwards or longer than a year (a financial year fits). */
export function checkRange(from: string, to: string): void {
  if (to < from) throw fieldError('validation_failed', 'to', 'billing.report_range_order')
  if (to > lastDayOfYearFrom(from)) {
    throw fieldError('validation_failed', 'to', 'billing.report_range_too_long')
  }
}

/**
 * The GST summary of a date range (issue #12 item 7): per rate the taxable value, CGST, SGST and
 * lines; the exempt value; totals; for invoices issued in the range, for credit notes issued in
 * it, and net. By issue date in the clinic's time zone.
 */
export async function gstSummary(
  tx: Tx,
  zone: string,
  query: GstSummaryQuery,
): Promise<GstSummary> {
  checkRange(query.from, query.to)
  const range = { from: query.from, to: query.to, zone }
  const invoices = presentPart(await invoiceTotalsByRate(tx, range))
  const creditNotes = presentPart(await creditNoteTotalsByRate(tx, range))
  return {
    from: query.from,
    to: query.to,
    timeZone: zone,
    invoices,
    creditNotes,
    net: subtractParts(invoices, creditNotes),
  }
}
