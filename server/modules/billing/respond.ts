import type { Invoice } from '../../../shared/contracts/billing.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { presentInvoice } from './present.ts'
import { loadInvoice } from './queries.ts'

/** The invoice as it now stands, presented: what every invoice route answers with. */
export async function invoiceAnswer(
  tx: Tx,
  patientId: string,
  invoiceId: string,
): Promise<Invoice> {
  const loaded = await loadInvoice(tx, patientId, invoiceId)
  if (!loaded) throw new AppError('not_found', 'billing.not_found')
  return presentInvoice(loaded)
}

export const ACCESS =
  'Billing: owners, admins, receptionists and accountants; doctors and assistants get 403, and the database refuses them too.'
export const TAGS = ['Billing']
