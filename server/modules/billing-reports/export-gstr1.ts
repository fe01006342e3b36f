import type { Gstr1Query } from '../../../shared/contracts/billing-reports.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { type Gstr1Rows, gstr1Csv, gstr1Document, parsePeriod } from './gstr1.ts'
import {
  b2bRows,
  b2csRows,
  cdnrRows,
  clinicRegistration,
  docRows,
  hsnRows,
  nilRows,
} from './queries.ts'
import { jsonWithRupees } from './rupees.ts'

export interface Gstr1Export {
  contentType: string
  filename: string
  body: string
}

/**
 * The GSTR-1-ready export of a month or a quarter (issue #12 item 7; india-domain §3.6–3.7): the
 * GSTN offline tool's JSON, or one section as CSV. Sections are read one query each, aggregated
 * in the database, so a year of a busy clinic stays a handful of statements.
 */
export async function exportGstr1(tx: Tx, zone: string, query: Gstr1Query): Promise<Gstr1Export> {
  const period = parsePeriod(query.period)
  if (query.format === 'csv' && !query.section) {
    throw fieldError('validation_failed', 'section', 'field.required')
  }
  const registration = await clinicRegistration(tx)
  if (!registration) throw new AppError('not_found', 'request.not_found')
  const range = { from: period.from, to: period.to, zone }
  const wanted = (section: string) => query.format === 'json' || query.section === section
  const rows: Gstr1Rows = {
    // An unregistered clinic files no GSTR-1; the export still shows what it issued.
    gstin: registration.gstin ?? '',
    period,
    b2b: wanted('b2b') ? await b2bRows(tx, range) : [],
    b2cs: wanted('b2cs') ? await b2csRows(tx, range) : [],
    hsn: wanted('hsn') ? await hsnRows(tx, range) : [],
    nil: wanted('nil') ? await nilRows(tx, range) : [],
    docs: wanted('docs') ? await docRows(tx, range) : [],
    cdnr: wanted('cdnr') ? await cdnrRows(tx, range) : [],
  }
  // A file name of the period and section only: it names no patient and no recipient.
  if (query.format === 'csv' && query.section) {
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `gstr1-${query.period}-${query.section}.csv`,
      body: gstr1Csv(rows, query.section),
    }
  }
  return {
    contentType: 'application/json; charset=utf-8',
    filename: `gstr1-${query.period}.json`,
    body: jsonWithRupees(gstr1Document(rows)),
  }
}
