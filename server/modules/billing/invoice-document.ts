import { sql } from 'kysely'
import {
  documentKindOf,
  type GstRateSummary,
  type InvoiceTotals,
} from '../../../shared/billing/index.ts'
import type { InvoicePdfLanguage } from '../../../shared/contracts/invoice-pdf.ts'
import { findState } from '../../../shared/india/states.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import {
  type InvoiceDocument,
  type InvoiceDocumentLine,
  type Letterhead,
  renderInvoicePdf,
} from '../../lib/pdf/index.ts'
import { recordRead } from '../audit/index.ts'
import { formatPatientNumber } from '../patients/index.ts'
import { requireBillingPatient } from './guards.ts'
import {
  clinicTaxProfile,
  type InvoiceLineRow,
  type LoadedInvoice,
  loadInvoice,
} from './queries.ts'

export interface InvoicePdf {
  bytes: Buffer
  /** From the number alone (never the patient's name): INV-26-27-0001.pdf, or draft-invoice.pdf. */
  filename: string
  language: InvoicePdfLanguage
}

/**
 * The PDF of a patient's invoice (issue #12), read as a billing role. An issued invoice prints
 * as its kind (Rules 46, 46A, 49) with the supplier as it was at issue (name and GSTIN are kept
 * on the invoice, so a later change of the tax profile does not rewrite it); a draft prints as
 * "Draft — not a tax invoice", without a number. Deterministic: the date is the issue (or the
 * draft's last change), never the request's clock. The read is recorded in the audit log, as
 * every read of a patient's personal data is. Another clinic's patient or invoice is a 404.
 */
export async function invoicePdf(
  tx: Tx,
  tools: { letterhead: () => Promise<Letterhead>; zone: string },
  patientId: string,
  invoiceId: string,
  asked: InvoicePdfLanguage | undefined,
): Promise<InvoicePdf> {
  const patient = await requireBillingPatient(tx, patientId)
  const loaded = await loadInvoice(tx, patientId, invoiceId)
  if (!loaded) throw new AppError('not_found', 'billing.not_found')
  const particulars = await patientParticulars(tx, patientId)
  const language = asked ?? (particulars?.preferred_language === 'hi' ? 'hi' : 'en')
  const document = await invoiceDocument(tx, {
    loaded,
    letterhead: await tools.letterhead(),
    language,
    zone: tools.zone,
    patientName: patient.full_name,
    reference: particulars ? formatPatientNumber(Number(particulars.patient_number)) : null,
  })
  await recordRead(tx, {
    table: 'invoices',
    rowId: invoiceId,
    patientId,
    details: { part: 'pdf', language },
  })
  return { bytes: await renderInvoicePdf(document), filename: pdfFilename(loaded), language }
}

/** '/' is no file-name character: INV/26-27/0001 downloads as INV-26-27-0001.pdf. */
export function pdfFilename({ invoice }: LoadedInvoice): string {
  return invoice.number === null ? 'draft-invoice.pdf' : `${invoice.number.replace(/\//g, '-')}.pdf`
}

/** The patient number and preferred language, for billing roles (billing_patient_document). */
export async function patientParticulars(tx: Tx, patientId: string) {
  const { rows } = await sql<{
    id: string
    patient_number: number
    preferred_language: string
  }>`SELECT * FROM billing_patient_document(${patientId}::uuid)`.execute(tx)
  return rows[0]
}

const stateOf = (code: string | null) => {
  const state = code ? findState(code) : undefined
  return state ? { name: state.name, code: state.code } : null
}

/** The document the renderer lays out, from the stored invoice and its lines. */
async function invoiceDocument(
  tx: Tx,
  input: {
    loaded: LoadedInvoice
    letterhead: Letterhead
    language: InvoicePdfLanguage
    zone: string
    patientName: string
    reference: string | null
  },
): Promise<InvoiceDocument> {
  const { invoice, lines } = input.loaded
  const issued = invoice.status === 'issued'
  // A draft has no supplier yet: it shows the clinic as it is today.
  const profile = issued ? null : await clinicTaxProfile(tx)
  const supplierName = issued ? (invoice.supplier_name as string) : (profile?.legal_name ?? null)
  const gstin = issued ? invoice.supplier_gstin : (profile?.gstin ?? null)
  const documentLines = lines.map(documentLine)
  return {
    language: input.language,
    kind: invoice.kind ?? documentKindOf(documentLines, gstin !== null),
    letterhead: { ...input.letterhead, gstin },
    supplierLegalName:
      supplierName !== null && supplierName !== input.letterhead.clinicName ? supplierName : null,
    supplierState: stateOf(issued ? invoice.supplier_state_code : (profile?.state_code ?? null)),
    number: invoice.number,
    issuedAt: new Date(invoice.issued_at ?? invoice.updated_at),
    timeZone: input.zone,
    recipient: {
      name: invoice.recipient_name ?? input.patientName,
      reference: input.reference,
      address: invoice.recipient_address,
      state: stateOf(invoice.recipient_state_code),
      gstin: invoice.recipient_gstin,
    },
    lines: documentLines,
    totals: totalsOf(input.loaded),
    gstByRate: gstByRate(documentLines),
    notes: invoice.notes,
  }
}

function documentLine(row: InvoiceLineRow): InvoiceDocumentLine {
  return {
    description: row.description,
    sacCode: row.sac_code,
    quantity: row.quantity,
    unitPricePaise: Number(row.unit_price_paise),
    discountPaise: Number(row.discount_paise),
    taxableValuePaise: Number(row.taxable_value_paise),
    taxable: row.taxable,
    gstRateBp: row.gst_rate_bp,
    cgstPaise: Number(row.cgst_paise),
    sgstPaise: Number(row.sgst_paise),
    totalPaise: Number(row.total_paise),
  }
}

/** The stored totals (integer paise), with the gross and discount summed from the lines. */
function totalsOf({ invoice, lines }: LoadedInvoice): InvoiceTotals {
  const cgstPaise = Number(invoice.cgst_paise)
  const sgstPaise = Number(invoice.sgst_paise)
  const grandTotalPaise = Number(invoice.total_paise)
  return {
    grossPaise: lines.reduce((sum, line) => sum + line.quantity * Number(line.unit_price_paise), 0),
    discountPaise: lines.reduce((sum, line) => sum + Number(line.discount_paise), 0),
    taxableValuePaise: Number(invoice.taxable_value_paise),
    exemptValuePaise: Number(invoice.exempt_value_paise),
    cgstPaise,
    sgstPaise,
    gstPaise: cgstPaise + sgstPaise,
    totalBeforeRoundOffPaise: grandTotalPaise - invoice.round_off_paise,
    roundOffPaise: invoice.round_off_paise,
    grandTotalPaise,
  }
}

/** Taxable lines by rate, lowest first, as shared/billing's computeInvoiceTax groups them. */
function gstByRate(lines: InvoiceDocumentLine[]): GstRateSummary[] {
  const byRate = new Map<number, GstRateSummary>()
  for (const line of lines) {
    if (!line.taxable) continue
    const summary = byRate.get(line.gstRateBp) ?? {
      gstRateBp: line.gstRateBp,
      taxableValuePaise: 0,
      cgstPaise: 0,
      sgstPaise: 0,
    }
    summary.taxableValuePaise += line.taxableValuePaise
    summary.cgstPaise += line.cgstPaise
    summary.sgstPaise += line.sgstPaise
    byRate.set(line.gstRateBp, summary)
  }
  return [...byRate.values()].sort((a, b) => a.gstRateBp - b.gstRateBp)
}
