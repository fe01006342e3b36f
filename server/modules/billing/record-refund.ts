import { accountOf } from '../../../shared/billing/index.ts'
import type { NewRefund } from '../../../shared/contracts/payments.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { issue, validationError } from '../../http/errors.ts'
import { accountTotals, issuedInvoiceMoney, lockAccount } from './account-queries.ts'
import { requireBillingPatient } from './guards.ts'
import { numberDocument } from './number-document.ts'
import { referenceIssues } from './tender-checks.ts'

/**
 * Pays money back to the patient out of the account's credit, with a voucher in the refund
 * series (CGST Rule 51 for advances; for exempt services the clinic's cash book needs a document
 * all the same). Never more than the account holds; citing the credit note it settles, if any.
 */
export async function recordRefund(
  tx: Tx,
  actor: Session,
  patientId: string,
  input: NewRefund,
  clock: { now: Date; zone: string },
): Promise<string> {
  await requireBillingPatient(tx, patientId)
  const referenceProblems = referenceIssues(input, 'reference')
  if (referenceProblems.length > 0) throw validationError(referenceProblems)
  await lockAccount(tx, patientId)
  if (input.creditNoteId !== undefined) {
    const note = await tx
      .selectFrom('credit_notes')
      .select('id')
      .where('id', '=', input.creditNoteId)
      .where('patient_id', '=', patientId)
      .executeTakeFirst()
    if (!note) throw validationError([issue('creditNoteId', 'billing.credit_note_not_found')])
  }
  const invoices = await issuedInvoiceMoney(tx, patientId)
  const { creditPaise } = accountOf(invoices, await accountTotals(tx, patientId))
  if (input.amountPaise > creditPaise) {
    throw validationError([
      issue('amountPaise', 'billing.credit_above_available', { available: creditPaise }),
    ])
  }
  const numbered = await numberDocument(tx, actor.clinicId, 'refund', clock)
  const refund = await tx
    .insertInto('refunds')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      number: numbered.number,
      fy_start_year: numbered.fyStartYear,
      serial: numbered.serial,
      refunded_at: clock.now,
      refunded_by: actor.userId,
      mode: input.mode,
      reference: input.reference?.trim() || null,
      amount_paise: input.amountPaise,
      reason: input.reason,
      credit_note_id: input.creditNoteId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return refund.id
}
