import {
  DocumentNumberError,
  financialYearOf,
  formatDocumentNumber,
  maxSeriesPrefixLength,
} from '../../../shared/billing/index.ts'
import {
  DEFAULT_SERIES,
  type DocumentSeries,
  SERIES_KINDS,
  type SeriesKind,
  type TaxProfile,
} from '../../../shared/contracts/tax-profile.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** The clinic's series, a kind without a row (a clinic from before billing) at its default. */
export async function seriesSettings(
  tx: Tx,
): Promise<Record<SeriesKind, { prefix: string; width: number }>> {
  const rows = await tx.selectFrom('document_series').select(['kind', 'prefix', 'width']).execute()
  const settings = { ...DEFAULT_SERIES }
  for (const row of rows) settings[row.kind] = { prefix: row.prefix, width: Number(row.width) }
  return settings
}

/** The last serial given this financial year per kind (none yet: absent). */
export async function lastSerials(
  tx: Tx,
  fyStartYear: number,
): Promise<Partial<Record<SeriesKind, number>>> {
  const rows = await tx
    .selectFrom('document_counters')
    .select(['kind', 'last_serial'])
    .where('fy_start_year', '=', fyStartYear)
    .execute()
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.last_serial)]))
}

/**
 * The tax profile as the settings screen shows it, with each series' next number in the
 * financial year `now` falls in, in the clinic's time zone (an invoice issued at 00:10 IST on
 * 1 April is the new year's). Read only: taking a number happens when a document is issued.
 */
export async function loadTaxProfile(tx: Tx, now: Date, zone: string): Promise<TaxProfile> {
  const clinic = await tx
    .selectFrom('clinics')
    .select(['name', 'legal_name', 'gstin', 'state_code'])
    .executeTakeFirstOrThrow()
  const year = financialYearOf(now, zone)
  const settings = await seriesSettings(tx)
  const last = await lastSerials(tx, year.startYear)
  const series = SERIES_KINDS.map((kind): DocumentSeries => {
    const { prefix, width } = settings[kind]
    const nextSerial = (last[kind] ?? 0) + 1
    return {
      kind,
      prefix,
      width,
      maxPrefixLength: maxSeriesPrefixLength(width),
      nextSerial,
      nextNumber: nextNumber(prefix, year.label, nextSerial, width),
    }
  })
  return {
    clinicName: clinic.name,
    legalName: clinic.legal_name,
    gstin: clinic.gstin,
    stateCode: clinic.state_code,
    financialYear: year.label,
    series,
  }
}

/** The number, or null when the series is used up for the year (issuing would be refused). */
function nextNumber(prefix: string, fyLabel: string, serial: number, width: number) {
  try {
    return formatDocumentNumber(prefix, fyLabel, serial, width)
  } catch (error) {
    if (error instanceof DocumentNumberError) return null
    throw error
  }
}
