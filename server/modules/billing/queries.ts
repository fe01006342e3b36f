import { type Selectable, sql } from 'kysely'
import type { DocumentSeriesKind, InvoiceLinesTable, InvoicesTable } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'

export type InvoiceRow = Selectable<InvoicesTable>
export type InvoiceLineRow = Selectable<InvoiceLinesTable>
export interface LoadedInvoice {
  invoice: InvoiceRow
  lines: InvoiceLineRow[]
}

/** The patient's invoice, optionally locked for the rest of the transaction (a change or issue). */
export function invoiceById(
  tx: Tx,
  patientId: string,
  invoiceId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<InvoiceRow | undefined> {
  const query = tx
    .selectFrom('invoices')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('id', '=', invoiceId)
  return (lock ? query.forUpdate() : query).executeTakeFirst()
}

/** The lines of the invoices, in order. */
export function linesOfInvoices(tx: Tx, invoiceIds: string[]): Promise<InvoiceLineRow[]> {
  if (invoiceIds.length === 0) return Promise.resolve([])
  return tx
    .selectFrom('invoice_lines')
    .selectAll()
    .where('invoice_id', 'in', invoiceIds)
    .orderBy('invoice_id')
    .orderBy('position')
    .execute()
}

/** One invoice with its lines. */
export async function loadInvoice(
  tx: Tx,
  patientId: string,
  invoiceId: string,
): Promise<LoadedInvoice | undefined> {
  const invoice = await invoiceById(tx, patientId, invoiceId)
  if (!invoice) return undefined
  return { invoice, lines: await linesOfInvoices(tx, [invoice.id]) }
}

/** The patient's invoices with their lines, newest first. */
export async function loadInvoicesOfPatient(tx: Tx, patientId: string): Promise<LoadedInvoice[]> {
  const invoices = await tx
    .selectFrom('invoices')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  const lines = await linesOfInvoices(
    tx,
    invoices.map((row) => row.id),
  )
  return invoices.map((invoice) => ({
    invoice,
    lines: lines.filter((line) => line.invoice_id === invoice.id),
  }))
}

/** The patient as a bill's recipient, through billing_patient (accountants cannot read patients). */
export interface BillingPatient {
  id: string
  full_name: string
  address_line1: string | null
  address_line2: string | null
  city: string | null
  state_code: string | null
  pin_code: string | null
}

export async function billingPatient(
  tx: Tx,
  patientId: string,
): Promise<BillingPatient | undefined> {
  const { rows } =
    await sql<BillingPatient>`SELECT * FROM billing_patient(${patientId}::uuid)`.execute(tx)
  return rows[0]
}

/** Billing particulars of the patient's plan items (billing_plan_items: plan items are clinical). */
export interface BillablePlanItem {
  id: string
  status: string
  name: string
  tooth: number | null
  quantity: number
  unit_price_paise: number
  discount_paise: number
  sac_code: string
  taxable: boolean
  gst_rate_bp: number
}

export async function billablePlanItems(
  tx: Tx,
  patientId: string,
  ids: readonly string[],
): Promise<BillablePlanItem[]> {
  if (ids.length === 0) return []
  const { rows } = await sql<BillablePlanItem>`
    SELECT * FROM billing_plan_items(${patientId}::uuid, ${sql.val([...ids])}::uuid[])`.execute(tx)
  return rows
}

/** Plan items among `ids` already on an invoice (any invoice but `exceptInvoice`). */
export async function billedPlanItems(
  tx: Tx,
  ids: readonly string[],
  exceptInvoice?: string,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  let query = tx
    .selectFrom('invoice_lines')
    .select('plan_item_id')
    .where('plan_item_id', 'in', [...ids])
    // A line a credit note reversed in full no longer bills its item (20261207080000).
    .where('plan_item_released', '=', false)
  if (exceptInvoice) query = query.where('invoice_id', '<>', exceptInvoice)
  const rows = await query.execute()
  return new Set(rows.map((row) => row.plan_item_id as string))
}

/** What the clinic prints as the supplier and whether it is registered for GST (Rule 46(a)). */
export function clinicTaxProfile(tx: Tx) {
  return tx
    .selectFrom('clinics')
    .select(['name', 'legal_name', 'gstin', 'state_code'])
    .executeTakeFirstOrThrow()
}

/** The clinic's series for a kind of document; the defaults when it has none set up. */
export async function seriesOf(
  tx: Tx,
  kind: DocumentSeriesKind,
): Promise<{ prefix: string; width: number }> {
  const row = await tx
    .selectFrom('document_series')
    .select(['prefix', 'width'])
    .where('kind', '=', kind)
    .executeTakeFirst()
  return row ?? { prefix: DEFAULT_PREFIXES[kind], width: 4 }
}

const DEFAULT_PREFIXES: Record<DocumentSeriesKind, string> = {
  invoice: 'INV',
  credit_note: 'CN',
  receipt: 'RCT',
  refund: 'RFD',
}

/**
 * The next serial of the clinic's series for the financial year, taken under the counter row's
 * lock, which this transaction holds until it ends: a concurrent issue waits here, and a
 * rollback gives the number back (no gap; a sequence could not, see the migration).
 */
export async function takeSerial(
  tx: Tx,
  clinicId: string,
  kind: DocumentSeriesKind,
  fyStartYear: number,
): Promise<number> {
  const { rows } = await sql<{ last_serial: number }>`
    INSERT INTO document_counters AS c (clinic_id, kind, fy_start_year, last_serial)
    VALUES (${clinicId}, ${kind}, ${fyStartYear}, 1)
    ON CONFLICT (clinic_id, kind, fy_start_year) DO UPDATE SET last_serial = c.last_serial + 1
    RETURNING last_serial`.execute(tx)
  const serial = rows[0]?.last_serial
  if (serial === undefined) throw new Error('document_counters returned nothing')
  return Number(serial)
}

/**
 * Gives a new clinic its numbering series INV, CN, RCT and RFD (db function
 * seed_document_series). Runs as the caller, who must hold clinic.settings (the owner at sign-up).
 */
export async function seedDocumentSeries(tx: Tx, clinicId: string): Promise<void> {
  await sql`SELECT seed_document_series(${clinicId}::uuid)`.execute(tx)
}
