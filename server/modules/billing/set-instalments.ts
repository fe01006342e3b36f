import { invoiceDuePaise } from '../../../shared/billing/index.ts'
import type { InstalmentPlanInput } from '../../../shared/contracts/payments.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, type FieldIssue, issue, validationError } from '../../http/errors.ts'
import { issuedInvoiceMoney, lockAccount } from './account-queries.ts'
import { requireBillingPatient } from './guards.ts'

/**
 * Agrees an instalment plan for what an issued invoice still owes, replacing any earlier plan:
 * the amounts add up to exactly what is due today, the dates are today or later (in the clinic's
 * time zone) and in order, so the schedule always describes real money still to come.
 */
export async function setInstalments(
  tx: Tx,
  actor: Session,
  patientId: string,
  invoiceId: string,
  input: InstalmentPlanInput,
  today: string,
): Promise<void> {
  await requireBillingPatient(tx, patientId)
  await lockAccount(tx, patientId)
  const invoice = (await issuedInvoiceMoney(tx, patientId)).find((row) => row.id === invoiceId)
  if (!invoice) throw new AppError('not_found', 'billing.not_found')
  const due = invoiceDuePaise(invoice)
  if (due === 0) throw new AppError('conflict', 'billing.nothing_due')

  const issues: FieldIssue[] = []
  input.instalments.forEach((instalment, index) => {
    const previous = input.instalments[index - 1]
    if (instalment.dueOn < today) {
      issues.push(issue(`instalments.${index}.dueOn`, 'billing.instalment_past'))
    } else if (previous && instalment.dueOn <= previous.dueOn) {
      issues.push(issue(`instalments.${index}.dueOn`, 'billing.instalment_order'))
    }
  })
  const sum = input.instalments.reduce((total, instalment) => total + instalment.amountPaise, 0)
  if (sum !== due) issues.push(issue('instalments', 'billing.instalments_sum', { due }))
  if (issues.length > 0) throw validationError(issues)

  await tx.deleteFrom('instalment_plans').where('invoice_id', '=', invoiceId).execute()
  const plan = await tx
    .insertInto('instalment_plans')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      invoice_id: invoiceId,
      covered_before_paise: invoice.totalPaise - due,
      note: input.note || null,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx
    .insertInto('instalments')
    .values(
      input.instalments.map((instalment, position) => ({
        clinic_id: actor.clinicId,
        plan_id: plan.id,
        position,
        due_on: instalment.dueOn,
        amount_paise: instalment.amountPaise,
      })),
    )
    .execute()
}

/** Drops the invoice's instalment plan, if it has one (the patient pays as they can). */
export async function clearInstalments(tx: Tx, patientId: string, invoiceId: string) {
  await requireBillingPatient(tx, patientId)
  await tx
    .deleteFrom('instalment_plans')
    .where('invoice_id', '=', invoiceId)
    .where('patient_id', '=', patientId)
    .execute()
}
