import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { type BillingPatient, billingPatient, type InvoiceRow, invoiceById } from './queries.ts'

/** The patient of this clinic that a bill is for, or 404 (another clinic's patient included). */
export async function requireBillingPatient(tx: Tx, patientId: string): Promise<BillingPatient> {
  const patient = await billingPatient(tx, patientId)
  if (!patient) throw new AppError('not_found', 'patient.not_found')
  return patient
}

/** The patient's invoice, locked until the transaction ends, or 404. */
export async function requireInvoice(
  tx: Tx,
  patientId: string,
  invoiceId: string,
): Promise<InvoiceRow> {
  const invoice = await invoiceById(tx, patientId, invoiceId, { lock: true })
  if (!invoice) throw new AppError('not_found', 'billing.not_found')
  return invoice
}

/**
 * The patient's invoice, which must still be a draft: an issued invoice does not change and is
 * not deleted (CGST Act s.31, Rule 46; the database's `immutable` trigger refuses too), so that
 * is a 409, and the way forward is a credit note. Locked, so a concurrent issue waits.
 */
export async function requireDraft(
  tx: Tx,
  patientId: string,
  invoiceId: string,
): Promise<InvoiceRow> {
  const invoice = await requireInvoice(tx, patientId, invoiceId)
  if (invoice.status !== 'draft') throw new AppError('conflict', 'billing.invoice_issued')
  return invoice
}
