import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { B2bRow, B2csRow, DocRow, HsnRow, NilRow } from './gstr1.ts'

/**
 * The reports' queries. Read-only, in the request's tenant transaction: row-level security keeps
 * them to the clinic (and to billing.read holders). A range is of issue dates in the clinic's
 * time zone: [from 00:00, to + 1 day 00:00) there, so the issued_at index serves it.
 */
export interface Range {
  from: string
  to: string
  zone: string
}

const n = (value: unknown): number => Number(value)

function invoicesIn(range: Range) {
  return sql`i.status = 'issued'
    AND i.issued_at >= (${range.from}::date)::timestamp AT TIME ZONE ${range.zone}
    AND i.issued_at < (${range.to}::date + 1)::timestamp AT TIME ZONE ${range.zone}`
}
function notesIn(range: Range) {
  return sql`n.issued_at >= (${range.from}::date)::timestamp AT TIME ZONE ${range.zone}
    AND n.issued_at < (${range.to}::date + 1)::timestamp AT TIME ZONE ${range.zone}`
}

export interface RateTotals {
  gstRateBp: number
  lines: number
  taxablePaise: number
  cgstPaise: number
  sgstPaise: number
}

/** Lines of the invoices issued in the range, by GST rate (0 = exempt), and how many invoices. */
export async function invoiceTotalsByRate(
  tx: Tx,
  range: Range,
): Promise<{ documents: number; rates: RateTotals[] }> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT l.gst_rate_bp, count(*)::int AS lines, sum(l.taxable_value_paise)::bigint AS taxable,
           sum(l.cgst_paise)::bigint AS cgst, sum(l.sgst_paise)::bigint AS sgst
    FROM invoices i JOIN invoice_lines l ON l.clinic_id = i.clinic_id AND l.invoice_id = i.id
    WHERE ${invoicesIn(range)}
    GROUP BY l.gst_rate_bp ORDER BY l.gst_rate_bp`.execute(tx)
  const count = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM invoices i WHERE ${invoicesIn(range)}`.execute(tx)
  return { documents: n(count.rows[0]?.n ?? 0), rates: rows.map(rateTotals) }
}

/** What the credit notes issued in the range credited, by the GST rate of the invoice line. */
export async function creditNoteTotalsByRate(
  tx: Tx,
  range: Range,
): Promise<{ documents: number; rates: RateTotals[] }> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT l.gst_rate_bp, count(*)::int AS lines, sum(c.taxable_value_paise)::bigint AS taxable,
           sum(c.cgst_paise)::bigint AS cgst, sum(c.sgst_paise)::bigint AS sgst
    FROM credit_notes n
    JOIN credit_note_lines c ON c.clinic_id = n.clinic_id AND c.credit_note_id = n.id
    JOIN invoice_lines l ON l.clinic_id = c.clinic_id AND l.id = c.invoice_line_id
    WHERE ${notesIn(range)}
    GROUP BY l.gst_rate_bp ORDER BY l.gst_rate_bp`.execute(tx)
  const count = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM credit_notes n WHERE ${notesIn(range)}`.execute(tx)
  return { documents: n(count.rows[0]?.n ?? 0), rates: rows.map(rateTotals) }
}

function rateTotals(row: Record<string, unknown>): RateTotals {
  return {
    gstRateBp: n(row.gst_rate_bp),
    lines: n(row.lines),
    taxablePaise: n(row.taxable),
    cgstPaise: n(row.cgst),
    sgstPaise: n(row.sgst),
  }
}

/** The clinic's GSTIN and state now (the GSTR-1 is filed under the current registration). */
export async function clinicRegistration(
  tx: Tx,
): Promise<{ gstin: string | null; stateCode: string | null } | undefined> {
  const row = await tx.selectFrom('clinics').select(['gstin', 'state_code']).executeTakeFirst()
  return row ? { gstin: row.gstin, stateCode: row.state_code } : undefined
}

// ---- GSTR-1 ----------------------------------------------------------------------------------

/** Place of supply: the recipient's state if recorded, else the clinic's (IGST Act s.12(4)). */
const POS = sql`COALESCE(i.recipient_state_code, i.supplier_state_code, '00')`

/** B2B tax invoices of the range, one row per invoice and taxable rate. */
export async function b2bRows(tx: Tx, range: Range): Promise<B2bRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT i.recipient_gstin AS ctin, i.recipient_name AS name, i.number,
           to_char(i.issued_at AT TIME ZONE ${range.zone}, 'YYYY-MM-DD') AS issued_on,
           i.total_paise AS total, ${POS} AS pos, l.gst_rate_bp,
           sum(l.taxable_value_paise)::bigint AS taxable, sum(l.cgst_paise)::bigint AS cgst,
           sum(l.sgst_paise)::bigint AS sgst
    FROM invoices i JOIN invoice_lines l ON l.clinic_id = i.clinic_id AND l.invoice_id = i.id
    WHERE ${invoicesIn(range)} AND i.recipient_gstin IS NOT NULL AND l.gst_rate_bp > 0
    GROUP BY i.clinic_id, i.id, l.gst_rate_bp
    ORDER BY i.recipient_gstin, i.fy_start_year, i.serial, l.gst_rate_bp`.execute(tx)
  return rows.map((row) => ({
    ctin: String(row.ctin),
    recipientName: String(row.name ?? ''),
    number: String(row.number),
    issuedOn: String(row.issued_on),
    documentTotalPaise: n(row.total),
    pos: String(row.pos),
    gstRateBp: n(row.gst_rate_bp),
    taxablePaise: n(row.taxable),
    cgstPaise: n(row.cgst),
    sgstPaise: n(row.sgst),
  }))
}

/**
 * B2C taxable supplies by place of supply and rate: the invoices of the range less the credit
 * notes of the range against B2C invoices (GSTR-1 Table 7 is declared net of them).
 */
export async function b2csRows(tx: Tx, range: Range): Promise<B2csRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT pos, gst_rate_bp, sum(taxable)::bigint AS taxable, sum(cgst)::bigint AS cgst,
           sum(sgst)::bigint AS sgst
    FROM (
      SELECT ${POS} AS pos, l.gst_rate_bp, l.taxable_value_paise AS taxable, l.cgst_paise AS cgst,
             l.sgst_paise AS sgst
      FROM invoices i JOIN invoice_lines l ON l.clinic_id = i.clinic_id AND l.invoice_id = i.id
      WHERE ${invoicesIn(range)} AND i.recipient_gstin IS NULL AND l.gst_rate_bp > 0
      UNION ALL
      SELECT ${POS}, l.gst_rate_bp, -c.taxable_value_paise, -c.cgst_paise, -c.sgst_paise
      FROM credit_notes n
      JOIN credit_note_lines c ON c.clinic_id = n.clinic_id AND c.credit_note_id = n.id
      JOIN invoice_lines l ON l.clinic_id = c.clinic_id AND l.id = c.invoice_line_id
      JOIN invoices i ON i.clinic_id = n.clinic_id AND i.id = n.invoice_id
      WHERE ${notesIn(range)} AND i.recipient_gstin IS NULL AND l.gst_rate_bp > 0
    ) s
    GROUP BY pos, gst_rate_bp ORDER BY pos, gst_rate_bp`.execute(tx)
  return rows.map((row) => ({
    pos: String(row.pos),
    gstRateBp: n(row.gst_rate_bp),
    taxablePaise: n(row.taxable),
    cgstPaise: n(row.cgst),
    sgstPaise: n(row.sgst),
  }))
}

/** By SAC and rate, every line (taxable and exempt), net of the range's credit notes. */
export async function hsnRows(tx: Tx, range: Range): Promise<HsnRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT sac, gst_rate_bp, sum(quantity)::bigint AS quantity, sum(taxable)::bigint AS taxable,
           sum(cgst)::bigint AS cgst, sum(sgst)::bigint AS sgst
    FROM (
      SELECT l.sac_code AS sac, l.gst_rate_bp, l.quantity, l.taxable_value_paise AS taxable,
             l.cgst_paise AS cgst, l.sgst_paise AS sgst
      FROM invoices i JOIN invoice_lines l ON l.clinic_id = i.clinic_id AND l.invoice_id = i.id
      WHERE ${invoicesIn(range)}
      UNION ALL
      SELECT l.sac_code, l.gst_rate_bp, 0, -c.taxable_value_paise, -c.cgst_paise, -c.sgst_paise
      FROM credit_notes n
      JOIN credit_note_lines c ON c.clinic_id = n.clinic_id AND c.credit_note_id = n.id
      JOIN invoice_lines l ON l.clinic_id = c.clinic_id AND l.id = c.invoice_line_id
      WHERE ${notesIn(range)}
    ) s
    GROUP BY sac, gst_rate_bp ORDER BY sac, gst_rate_bp`.execute(tx)
  return rows.map((row) => ({
    sac: String(row.sac),
    quantity: n(row.quantity),
    gstRateBp: n(row.gst_rate_bp),
    taxablePaise: n(row.taxable),
    cgstPaise: n(row.cgst),
    sgstPaise: n(row.sgst),
  }))
}

/** Exempt value, to registered and to unregistered recipients, net of the range's credit notes. */
export async function nilRows(tx: Tx, range: Range): Promise<NilRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT b2b, sum(value)::bigint AS value
    FROM (
      SELECT i.recipient_gstin IS NOT NULL AS b2b, l.taxable_value_paise AS value
      FROM invoices i JOIN invoice_lines l ON l.clinic_id = i.clinic_id AND l.invoice_id = i.id
      WHERE ${invoicesIn(range)} AND l.gst_rate_bp = 0
      UNION ALL
      SELECT i.recipient_gstin IS NOT NULL, -c.taxable_value_paise
      FROM credit_notes n
      JOIN credit_note_lines c ON c.clinic_id = n.clinic_id AND c.credit_note_id = n.id
      JOIN invoice_lines l ON l.clinic_id = c.clinic_id AND l.id = c.invoice_line_id
      JOIN invoices i ON i.clinic_id = n.clinic_id AND i.id = n.invoice_id
      WHERE ${notesIn(range)} AND l.gst_rate_bp = 0
    ) s
    GROUP BY b2b ORDER BY b2b DESC`.execute(tx)
  return rows.map((row) => ({ b2b: Boolean(row.b2b), exemptPaise: n(row.value) }))
}

/**
 * Documents issued in the range per series: a series is a prefix in a financial year (the
 * number less its serial), so a prefix changed mid-year shows as two series.
 */
export async function docRows(tx: Tx, range: Range): Promise<DocRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT kind, min(serial) AS first, max(serial) AS last, count(*)::int AS count,
           (array_agg(number ORDER BY serial))[1] AS first_number,
           (array_agg(number ORDER BY serial DESC))[1] AS last_number
    FROM (
      SELECT 'invoice' AS kind, i.fy_start_year AS fy, i.serial, i.number,
             left(i.number, length(i.number) - length(i.serial::text)) AS head
      FROM invoices i WHERE ${invoicesIn(range)}
      UNION ALL
      SELECT 'credit_note', n.fy_start_year, n.serial, n.number,
             left(n.number, length(n.number) - length(n.serial::text))
      FROM credit_notes n WHERE ${notesIn(range)}
    ) d
    GROUP BY kind, fy, regexp_replace(head, '0+$', '')
    ORDER BY kind DESC, fy, min(serial)`.execute(tx)
  return rows.map((row) => ({
    kind: row.kind === 'credit_note' ? 'credit_note' : 'invoice',
    fromNumber: String(row.first_number),
    toNumber: String(row.last_number),
    fromSerial: n(row.first),
    toSerial: n(row.last),
    count: n(row.count),
  }))
}

/**
 * The cdnr hook: credit notes of the range against invoices to registered recipients, one row
 * per note and rate (CGST Act s.34, Rule 53(1A); GSTR-1 Table 9B).
 */
export async function cdnrRows(tx: Tx, range: Range): Promise<B2bRow[]> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT i.recipient_gstin AS ctin, i.recipient_name AS name, n.number,
           to_char(n.issued_at AT TIME ZONE ${range.zone}, 'YYYY-MM-DD') AS issued_on,
           n.total_paise AS total, ${POS} AS pos, l.gst_rate_bp,
           sum(c.taxable_value_paise)::bigint AS taxable, sum(c.cgst_paise)::bigint AS cgst,
           sum(c.sgst_paise)::bigint AS sgst
    FROM credit_notes n
    JOIN invoices i ON i.clinic_id = n.clinic_id AND i.id = n.invoice_id
    JOIN credit_note_lines c ON c.clinic_id = n.clinic_id AND c.credit_note_id = n.id
    JOIN invoice_lines l ON l.clinic_id = c.clinic_id AND l.id = c.invoice_line_id
    WHERE ${notesIn(range)} AND i.recipient_gstin IS NOT NULL AND l.gst_rate_bp > 0
    GROUP BY n.clinic_id, n.id, i.clinic_id, i.id, l.gst_rate_bp
    ORDER BY i.recipient_gstin, n.fy_start_year, n.serial, l.gst_rate_bp`.execute(tx)
  return rows.map((row) => ({
    ctin: String(row.ctin),
    recipientName: String(row.name ?? ''),
    number: String(row.number),
    issuedOn: String(row.issued_on),
    documentTotalPaise: n(row.total),
    pos: String(row.pos),
    gstRateBp: n(row.gst_rate_bp),
    taxablePaise: n(row.taxable),
    cgstPaise: n(row.cgst),
    sgstPaise: n(row.sgst),
  }))
}

// ---- E-invoice -------------------------------------------------------------------------------

export interface EInvoiceSource {
  invoice: Record<string, unknown>
  lines: Record<string, unknown>[]
  clinic: Record<string, unknown>
}

/** One invoice, its lines and the clinic's address (the supplier's, Rule 46(a)). */
export async function eInvoiceSource(
  tx: Tx,
  invoiceId: string,
): Promise<EInvoiceSource | undefined> {
  const invoice = (
    await sql<Record<string, unknown>>`
      SELECT i.*, to_char(i.issued_at AT TIME ZONE c.time_zone, 'DD/MM/YYYY') AS issued_on
      FROM invoices i JOIN clinics c ON c.id = i.clinic_id WHERE i.id = ${invoiceId}`.execute(tx)
  ).rows[0]
  if (!invoice) return undefined
  const lines = (
    await sql<Record<string, unknown>>`
      SELECT * FROM invoice_lines WHERE invoice_id = ${invoiceId} ORDER BY position`.execute(tx)
  ).rows
  const clinic = (
    await sql<Record<string, unknown>>`
      SELECT name, legal_name, address_line1, address_line2, city, pin_code, state_code
      FROM clinics`.execute(tx)
  ).rows[0] as Record<string, unknown>
  return { invoice, lines, clinic }
}
