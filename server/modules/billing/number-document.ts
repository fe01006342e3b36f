import { financialYearOf, formatDocumentNumber, maxSerial } from '../../../shared/billing/index.ts'
import type { DocumentSeriesKind } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { seriesOf, takeSerial } from './queries.ts'

export interface DocumentNumber {
  number: string
  fyStartYear: number
  financialYear: string
  serial: number
}

/**
 * The next number of the clinic's `kind` series for the financial year of `now` in the clinic's
 * time zone: PREFIX/YY-YY/NNNN (CGST Rule 46(b), and Rules 50, 51, 53(1A) for receipts, refund
 * vouchers and credit notes). Call it last in the transaction: the counter row stays locked until
 * the transaction ends, and a rollback gives the number back, so the series has no gap.
 */
export async function numberDocument(
  tx: Tx,
  clinicId: string,
  kind: DocumentSeriesKind,
  clock: { now: Date; zone: string },
): Promise<DocumentNumber> {
  const year = financialYearOf(clock.now, clock.zone)
  const series = await seriesOf(tx, kind)
  const serial = await takeSerial(tx, clinicId, kind, year.startYear)
  if (serial > maxSerial(series.width)) {
    throw new AppError('conflict', 'billing.series_exhausted', { kind })
  }
  return {
    number: formatDocumentNumber(series.prefix, year.label, serial, series.width),
    fyStartYear: year.startYear,
    financialYear: year.label,
    serial,
  }
}
