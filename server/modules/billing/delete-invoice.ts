import type { Tx } from '../../db/with-clinic.ts'
import { requireDraft } from './guards.ts'

/** Deletes a draft and its lines (which frees its plan items); 409 once issued. */
export async function deleteInvoice(tx: Tx, patientId: string, invoiceId: string): Promise<void> {
  await requireDraft(tx, patientId, invoiceId)
  await tx.deleteFrom('invoices').where('id', '=', invoiceId).execute()
}
