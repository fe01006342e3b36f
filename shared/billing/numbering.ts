/**
 * Document numbers for invoices, bills of supply, credit notes and receipts (CGST Rule 46(b),
 * 49, 53(1A); india-domain §3.6): a consecutive serial, at most 16 characters of letters,
 * digits, '-' and '/', unique for a financial year. The number is prefix/FY/serial, e.g.
 * INV/25-26/0001: a fresh series each April (GSTN advisory, 4 Apr 2019). The server assigns the
 * serial (gap-free, at issue); these helpers only decide the year and spell the number.
 */

/** India Compliance's GST_INVOICE_NUMBER_FORMAT: first character alphanumeric, ≤ 16 in all. */
export const DOCUMENT_NUMBER_FORMAT = /^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$/
export const DOCUMENT_NUMBER_MAX_LENGTH = 16

export interface FinancialYear {
  /** The calendar year the financial year starts in (April). 2025 for 2025-26. */
  startYear: number
  /** For document numbers: '25-26'. */
  label: string
  /** As the IRN and GST returns write it: '2025-26'. */
  fullLabel: string
  /** First and last calendar days, 'YYYY-MM-DD', in the clinic's zone. */
  firstDay: string
  lastDay: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function yearMonthFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' })
    } catch {
      throw new RangeError('timeZone: must be an IANA time zone name such as Asia/Kolkata')
    }
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The financial year (1 April – 31 March) with the given start year. */
export function financialYearStarting(startYear: number): FinancialYear {
  if (!Number.isSafeInteger(startYear) || startYear < 1000 || startYear > 9998) {
    throw new RangeError('startYear: must be a four-digit year')
  }
  const twoDigits = (year: number) => String(year % 100).padStart(2, '0')
  return {
    startYear,
    label: `${twoDigits(startYear)}-${twoDigits(startYear + 1)}`,
    fullLabel: `${startYear}-${twoDigits(startYear + 1)}`,
    firstDay: `${startYear}-04-01`,
    lastDay: `${startYear + 1}-03-31`,
  }
}

/**
 * The financial year an instant falls in, judged by the calendar in the clinic's time zone (an
 * invoice issued at 00:10 IST on 1 April belongs to the new year, though it is still 31 March
 * in UTC). Never reads the machine's own zone.
 */
export function financialYearOf(instant: Date, timeZone: string): FinancialYear {
  if (Number.isNaN(instant.getTime())) throw new RangeError('instant: must be a valid date')
  let year = 0
  let month = 0
  for (const part of yearMonthFormatter(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value)
    if (part.type === 'month') month = Number(part.value)
  }
  return financialYearStarting(month >= 4 ? year : year - 1)
}

export type DocumentNumberErrorCode =
  /** An empty prefix. */
  | 'empty'
  /** A character other than A-Z, a-z, 0-9, '-' and '/'. */
  | 'characters'
  /** The prefix must start with a letter or digit. */
  | 'first_character'
  /** prefix/FY/serial would be longer than 16 characters. */
  | 'too_long'
  /** The serial does not fit the series' width: the series is used up for the year. */
  | 'serial_exhausted'

export class DocumentNumberError extends RangeError {
  constructor(
    readonly code: DocumentNumberErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'DocumentNumberError'
  }
}

/** The FY part and the separators: '/25-26/'. */
const FIXED_LENGTH = 7

function checkWidth(width: number): void {
  if (
    !Number.isSafeInteger(width) ||
    width < 1 ||
    width > DOCUMENT_NUMBER_MAX_LENGTH - FIXED_LENGTH - 1
  ) {
    throw new RangeError('width: must be a whole number from 1 to 8')
  }
}

/** The longest prefix that leaves room for '/25-26/' and a serial of `width` digits. */
export function maxSeriesPrefixLength(width = 4): number {
  checkWidth(width)
  return DOCUMENT_NUMBER_MAX_LENGTH - FIXED_LENGTH - width
}

/**
 * Whether `prefix` can start a series whose longest number (prefix/FY/99…9) still meets Rule 46(b).
 * For the series settings form: the code names what is wrong.
 */
export function checkSeriesPrefix(
  prefix: string,
  width = 4,
): { ok: true } | { ok: false; code: Exclude<DocumentNumberErrorCode, 'serial_exhausted'> } {
  const maxLength = maxSeriesPrefixLength(width)
  if (prefix.length === 0) return { ok: false, code: 'empty' }
  if (!/^[A-Za-z0-9/-]+$/.test(prefix)) return { ok: false, code: 'characters' }
  if (!/^[A-Za-z0-9]/.test(prefix)) return { ok: false, code: 'first_character' }
  if (prefix.length > maxLength) return { ok: false, code: 'too_long' }
  return { ok: true }
}

/** The largest serial a series of `width` digits can number: 9999 for 4. */
export function maxSerial(width = 4): number {
  checkWidth(width)
  return 10 ** width - 1
}

/**
 * 'INV/25-26/0001' from ('INV', '25-26', 1). Throws a DocumentNumberError for a prefix that
 * checkSeriesPrefix refuses and 'serial_exhausted' when the serial needs more than `width`
 * digits (the server must then refuse to issue rather than print a longer number), and a
 * RangeError for a malformed FY label or serial.
 */
export function formatDocumentNumber(
  prefix: string,
  fyLabel: string,
  serial: number,
  width = 4,
): string {
  const prefixCheck = checkSeriesPrefix(prefix, width)
  if (!prefixCheck.ok) {
    throw new DocumentNumberError(prefixCheck.code, `prefix: not usable (${prefixCheck.code})`)
  }
  if (!/^\d{2}-\d{2}$/.test(fyLabel)) throw new RangeError("fyLabel: must look like '25-26'")
  if (!Number.isSafeInteger(serial) || serial < 1) {
    throw new RangeError('serial: must be a whole number from 1')
  }
  if (serial > maxSerial(width)) {
    throw new DocumentNumberError(
      'serial_exhausted',
      `serial: ${serial} needs more than ${width} digits`,
    )
  }
  const number = `${prefix}/${fyLabel}/${String(serial).padStart(width, '0')}`
  // Guaranteed by the checks above; kept as the rule itself, not a derivation of it.
  if (!DOCUMENT_NUMBER_FORMAT.test(number)) {
    throw new DocumentNumberError('too_long', `${number} breaks Rule 46(b)`)
  }
  return number
}
