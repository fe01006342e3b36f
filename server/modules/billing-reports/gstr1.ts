import type { Gstr1, Gstr1Section } from '../../../shared/contracts/billing-reports.ts'
import { INDIAN_STATES } from '../../../shared/india/states.ts'
import { type Cell, csv } from './csv.ts'
import { percent, percentText, rupees, rupeesText } from './rupees.ts'

/**
 * GSTR-1 shaping, pure: from the period's rows (queries.ts) to the JSON of the GSTN offline tool
 * and to one CSV per section, the offline tool's sheets (india-domain §3.6–3.7). What a clinic
 * can have: intra-state services only (IGST Act s.12(4): the place of supply is where the clinic
 * is, so CGST + SGST and never IGST), no cess, no reverse charge, no e-commerce operator.
 *
 * - b2b: tax invoices to recipients with a GSTIN, by recipient, with an item per rate.
 * - b2cs: the rest of the taxable supplies, aggregated by place of supply and rate, net of the
 *   credit notes issued in the period against them (GSTR-1 Table 7 is declared net).
 * - nil: exempt value (Notification 12/2017-CT(R) Sl. 74 healthcare), B2B and B2C.
 * - hsn: by SAC and rate (Rule 46(g)), net of credit notes.
 * - doc_issue: per series, the first and last serial issued in the period and how many; a gap is
 *   counted as cancelled (Rule 46(b): consecutive serials).
 * - cdnr: credit notes to registered recipients (s.34, Rule 53(1A)); cdnur is for inter-state
 *   B2C invoices above ₹2.5 lakh (B2CL), which an intra-state clinic never issues, so it is
 *   always empty.
 */

export const GSTR1_VERSION = 'GST3.1.6'

export interface Period {
  from: string
  to: string
  /** MMYYYY: the month, or a quarter's last month. */
  fp: string
}

/** 2026-04 → April 2026; 2026-Q1 → April–June 2026 … 2026-Q4 → January–March 2027. */
export function parsePeriod(period: string): Period {
  const match = /^([0-9]{4})-(?:([0-9]{2})|Q([1-4]))$/.exec(period)
  if (!match) throw new RangeError('period')
  const year = Number(match[1])
  if (match[2]) {
    const month = Number(match[2])
    return { from: monthStart(year, month), to: monthEnd(year, month), fp: fpOf(year, month) }
  }
  const quarter = Number(match[3])
  // The financial year runs April–March: Q1 starts in April of its start year.
  const firstMonth = 4 + (quarter - 1) * 3
  const startYear = firstMonth > 12 ? year + 1 : year
  const start = ((firstMonth - 1) % 12) + 1
  const last = start + 2
  return {
    from: monthStart(startYear, start),
    to: monthEnd(startYear, last),
    fp: fpOf(startYear, last),
  }
}

function monthStart(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`
}
function monthEnd(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`
}
function fpOf(year: number, month: number): string {
  return `${String(month).padStart(2, '0')}${year}`
}

// ---- Rows ------------------------------------------------------------------------------------

interface Tax {
  gstRateBp: number
  taxablePaise: number
  cgstPaise: number
  sgstPaise: number
}

/** One rate of one B2B document (invoice or credit note). */
export interface B2bRow extends Tax {
  ctin: string
  recipientName: string
  number: string
  /** YYYY-MM-DD in the clinic's time zone. */
  issuedOn: string
  documentTotalPaise: number
  pos: string
}
export interface B2csRow extends Tax {
  pos: string
}
export interface HsnRow extends Tax {
  sac: string
  quantity: number
}
export interface NilRow {
  b2b: boolean
  exemptPaise: number
}
export interface DocRow {
  kind: 'invoice' | 'credit_note'
  fromNumber: string
  toNumber: string
  fromSerial: number
  toSerial: number
  count: number
}

export interface Gstr1Rows {
  gstin: string
  period: Period
  b2b: B2bRow[]
  b2cs: B2csRow[]
  hsn: HsnRow[]
  nil: NilRow[]
  docs: DocRow[]
  /** Credit notes to registered recipients; empty when there are none (the cdnr hook). */
  cdnr: B2bRow[]
}

// ---- JSON ------------------------------------------------------------------------------------

/** dd-mm-yyyy, as the GSTR-1 JSON dates its documents. */
export function gstnDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-')
  return `${day}-${month}-${year}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** dd-Mon-yyyy, as the offline tool's sheets date them. */
export function sheetDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-')
  return `${day}-${MONTHS[Number(month) - 1]}-${year}`
}

/** "27-Maharashtra", the offline tool's place of supply. */
export function placeOfSupply(code: string): string {
  const state = INDIAN_STATES.find((s) => s.code === code)
  return state ? `${code}-${state.name}` : code
}

const SAC_NAMES: Record<string, string> = {
  '999312': 'Dental services',
  '999722': 'Cosmetic treatment services',
}

const DOCUMENT_TYPES = {
  invoice: { num: 1, name: 'Invoices for outward supply' },
  credit_note: { num: 5, name: 'Credit Note' },
} as const

function itemsOf(rows: Tax[]) {
  return rows.map((row, index) => ({
    num: index + 1,
    itm_det: {
      txval: rupees(row.taxablePaise),
      rt: percent(row.gstRateBp),
      camt: rupees(row.cgstPaise),
      samt: rupees(row.sgstPaise),
      csamt: rupees(0),
    },
  }))
}

/** Documents of the rows (rows of one document adjacent, by rate), grouped by recipient GSTIN. */
function byRecipient(rows: B2bRow[]): Map<string, Map<string, B2bRow[]>> {
  const recipients = new Map<string, Map<string, B2bRow[]>>()
  for (const row of rows) {
    const documents = recipients.get(row.ctin) ?? new Map<string, B2bRow[]>()
    recipients.set(row.ctin, documents)
    documents.set(row.number, [...(documents.get(row.number) ?? []), row])
  }
  return recipients
}

/**
 * The GSTR-1 document. Amounts are `rupees()` marks: serialise with `jsonWithRupees` to get
 * bare numbers with 2 decimals.
 */
export function gstr1Document(rows: Gstr1Rows): Gstr1 {
  const b2b = [...byRecipient(rows.b2b)].map(([ctin, documents]) => ({
    ctin,
    inv: [...documents].map(([number, lines]) => {
      const first = lines[0] as B2bRow
      return {
        inum: number,
        idt: gstnDate(first.issuedOn),
        val: rupees(first.documentTotalPaise),
        pos: first.pos,
        rchrg: 'N' as const,
        inv_typ: 'R' as const,
        itms: itemsOf(lines),
      }
    }),
  }))
  const cdnr = [...byRecipient(rows.cdnr)].map(([ctin, documents]) => ({
    ctin,
    nt: [...documents].map(([number, lines]) => {
      const first = lines[0] as B2bRow
      return {
        ntty: 'C' as const,
        nt_num: number,
        nt_dt: gstnDate(first.issuedOn),
        val: rupees(first.documentTotalPaise),
        pos: first.pos,
        rchrg: 'N' as const,
        inv_typ: 'R' as const,
        itms: itemsOf(lines),
      }
    }),
  }))
  return {
    gstin: rows.gstin,
    fp: rows.period.fp,
    version: GSTR1_VERSION,
    hash: 'hash',
    b2b,
    b2cs: rows.b2cs.map((row) => ({
      sply_ty: 'INTRA' as const,
      pos: row.pos,
      typ: 'OE' as const,
      rt: percent(row.gstRateBp),
      txval: rupees(row.taxablePaise),
      camt: rupees(row.cgstPaise),
      samt: rupees(row.sgstPaise),
      csamt: rupees(0),
    })),
    cdnr,
    cdnur: [],
    nil: {
      inv: rows.nil.map((row) => ({
        sply_ty: row.b2b ? ('INTRAB2B' as const) : ('INTRAB2C' as const),
        expt_amt: rupees(row.exemptPaise),
        nil_amt: rupees(0),
        ngsup_amt: rupees(0),
      })),
    },
    hsn: {
      data: rows.hsn.map((row, index) => ({
        num: index + 1,
        hsn_sc: row.sac,
        desc: SAC_NAMES[row.sac] ?? '',
        // Services have no unit quantity code: NA and 0, as the offline tool takes them.
        uqc: 'NA',
        qty: 0,
        rt: percent(row.gstRateBp),
        txval: rupees(row.taxablePaise),
        iamt: rupees(0),
        camt: rupees(row.cgstPaise),
        samt: rupees(row.sgstPaise),
        csamt: rupees(0),
      })),
    },
    doc_issue: {
      doc_det: (['invoice', 'credit_note'] as const)
        .map((kind) => ({
          doc_num: DOCUMENT_TYPES[kind].num,
          doc_typ: DOCUMENT_TYPES[kind].name,
          docs: rows.docs
            .filter((doc) => doc.kind === kind)
            .map((doc, index) => {
              const total = doc.toSerial - doc.fromSerial + 1
              return {
                num: index + 1,
                from: doc.fromNumber,
                to: doc.toNumber,
                totnum: total,
                cancel: total - doc.count,
                net_issue: doc.count,
              }
            }),
        }))
        .filter((type) => type.docs.length > 0),
    },
  }
}

// ---- CSV -------------------------------------------------------------------------------------

const amount = (paise: number): Cell => ({ number: rupeesText(paise) })
const rate = (basisPoints: number): Cell => ({ number: percentText(basisPoints) })

/** The section as the offline tool's sheet, one CSV (the GSTN "Excel workbook" columns). */
export function gstr1Csv(rows: Gstr1Rows, section: Gstr1Section): string {
  switch (section) {
    case 'b2b':
      return csv(
        [
          'GSTIN/UIN of Recipient',
          'Receiver Name',
          'Invoice Number',
          'Invoice date',
          'Invoice Value',
          'Place Of Supply',
          'Reverse Charge',
          'Applicable % of Tax Rate',
          'Invoice Type',
          'E-Commerce GSTIN',
          'Rate',
          'Taxable Value',
          'Cess Amount',
        ],
        rows.b2b.map((row) => [
          row.ctin,
          row.recipientName,
          row.number,
          sheetDate(row.issuedOn),
          amount(row.documentTotalPaise),
          placeOfSupply(row.pos),
          'N',
          '',
          'Regular B2B',
          '',
          rate(row.gstRateBp),
          amount(row.taxablePaise),
          amount(0),
        ]),
      )
    case 'b2cs':
      return csv(
        [
          'Type',
          'Place Of Supply',
          'Applicable % of Tax Rate',
          'Rate',
          'Taxable Value',
          'Cess Amount',
          'E-Commerce GSTIN',
        ],
        rows.b2cs.map((row) => [
          'OE',
          placeOfSupply(row.pos),
          '',
          rate(row.gstRateBp),
          amount(row.taxablePaise),
          amount(0),
          '',
        ]),
      )
    case 'hsn':
      return csv(
        [
          'HSN',
          'Description',
          'UQC',
          'Total Quantity',
          'Total Value',
          'Rate',
          'Taxable Value',
          'Integrated Tax Amount',
          'Central Tax Amount',
          'State/UT Tax Amount',
          'Cess Amount',
        ],
        rows.hsn.map((row) => [
          row.sac,
          SAC_NAMES[row.sac] ?? '',
          'NA',
          0,
          amount(row.taxablePaise + row.cgstPaise + row.sgstPaise),
          rate(row.gstRateBp),
          amount(row.taxablePaise),
          amount(0),
          amount(row.cgstPaise),
          amount(row.sgstPaise),
          amount(0),
        ]),
      )
    case 'nil':
      return csv(
        [
          'Description',
          'Nil Rated Supplies',
          'Exempted(other than nil rated/non GST supply)',
          'Non-GST Supplies',
        ],
        rows.nil.map((row) => [
          row.b2b
            ? 'Intra-State supplies to registered persons'
            : 'Intra-State supplies to unregistered persons',
          amount(0),
          amount(row.exemptPaise),
          amount(0),
        ]),
      )
    case 'docs':
      return csv(
        ['Nature of Document', 'Sr. No. From', 'Sr. No. To', 'Total Number', 'Cancelled'],
        rows.docs.map((doc) => {
          const total = doc.toSerial - doc.fromSerial + 1
          return [
            DOCUMENT_TYPES[doc.kind].name,
            doc.fromNumber,
            doc.toNumber,
            total,
            total - doc.count,
          ]
        }),
      )
    case 'cdnr':
      return csv(
        [
          'GSTIN/UIN of Recipient',
          'Receiver Name',
          'Note Number',
          'Note Date',
          'Note Type',
          'Place Of Supply',
          'Reverse Charge',
          'Note Supply Type',
          'Note Value',
          'Applicable % of Tax Rate',
          'Rate',
          'Taxable Value',
          'Cess Amount',
        ],
        rows.cdnr.map((row) => [
          row.ctin,
          row.recipientName,
          row.number,
          sheetDate(row.issuedOn),
          'C',
          placeOfSupply(row.pos),
          'N',
          'Regular B2B',
          amount(row.documentTotalPaise),
          '',
          rate(row.gstRateBp),
          amount(row.taxablePaise),
          amount(0),
        ]),
      )
    case 'cdnur':
      // B2CL credit notes only (inter-state, above ₹2.5 lakh): never for an in-clinic supply.
      return csv(
        [
          'UR Type',
          'Note Number',
          'Note Date',
          'Note Type',
          'Place Of Supply',
          'Note Value',
          'Applicable % of Tax Rate',
          'Rate',
          'Taxable Value',
          'Cess Amount',
        ],
        [],
      )
  }
}
