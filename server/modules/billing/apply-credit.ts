import { accountOf } from '../../../shared/billing/index.ts'
import type { ApplyCredit } from '../../../shared/contracts/payments.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { issue, validationError } from '../../http/errors.ts'
import { accountTotals, issuedInvoiceMoney, lockAccount } from './account-queries.ts'
import { requireBillingPatient } from './guards.ts'
import { checkAllocations } from './record-payment.ts'

/**
 * Sets credit the account already holds (an advance paid earlier, or what a credit note gave
 * back after payment) against an invoice: never more than the invoice owes, never more than the
 * account holds. No new receipt: the money was receipted when it came in.
 */
export async function applyCredit(
  tx: Tx,
  actor: Session,
  patientId: string,
  input: ApplyCredit,
): Promise<void> {
  await requireBillingPatient(tx, patientId)
  await lockAccount(tx, patientId)
  const invoices = await issuedInvoiceMoney(tx, patientId)
  checkAllocations([input], invoices, (_, name) => name)
  const { creditPaise } = accountOf(invoices, await accountTotals(tx, patientId))
  if (input.amountPaise > creditPaise) {
    throw validationError([
      issue('amountPaise', 'billing.credit_above_available', { available: creditPaise }),
    ])
  }
  await tx
    .insertInto('payment_allocations')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      invoice_id: input.invoiceId,
      payment_id: null,
      amount_paise: input.amountPaise,
      created_by: actor.userId,
    })
    .execute()
}
