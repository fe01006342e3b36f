import { invoiceDuePaise } from '../../../shared/billing/index.ts'
import type { NewPayment } from '../../../shared/contracts/payments.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { type FieldIssue, issue, validationError } from '../../http/errors.ts'
import { issuedInvoiceMoney, lockAccount } from './account-queries.ts'
import { requireBillingPatient } from './guards.ts'
import { numberDocument } from './number-document.ts'
import { referenceIssues } from './tender-checks.ts'

/**
 * Records money received from the patient, with a receipt in the receipt series, paid in one or
 * more tenders, and sets it against invoices: those named, or else the oldest that still owe. No
 * invoice is paid beyond what it owes; what is left over is held on the account as an advance
 * only when the desk says so (`advance`), so that a mistyped amount is a 400, not an advance.
 */
export async function recordPayment(
  tx: Tx,
  actor: Session,
  patientId: string,
  input: NewPayment,
  clock: { now: Date; zone: string },
): Promise<string> {
  await requireBillingPatient(tx, patientId)
  const issues: FieldIssue[] = input.tenders.flatMap((tender, index) =>
    referenceIssues(tender, `tenders.${index}.reference`),
  )
  if (issues.length > 0) throw validationError(issues)
  const amount = input.tenders.reduce((total, tender) => total + tender.amountPaise, 0)

  await lockAccount(tx, patientId)
  const invoices = await issuedInvoiceMoney(tx, patientId)
  const allocations =
    input.allocations.length > 0
      ? checkAllocations(input.allocations, invoices)
      : oldestFirst(amount, invoices)
  const allocated = allocations.reduce((total, allocation) => total + allocation.amountPaise, 0)
  if (allocated > amount) {
    throw validationError([issue('allocations', 'billing.allocations_above_payment')])
  }
  if (allocated < amount && !input.advance) {
    throw validationError([issue('advance', 'billing.payment_above_due')])
  }

  const numbered = await numberDocument(tx, actor.clinicId, 'receipt', clock)
  const payment = await tx
    .insertInto('payments')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      number: numbered.number,
      fy_start_year: numbered.fyStartYear,
      serial: numbered.serial,
      received_at: clock.now,
      received_by: actor.userId,
      amount_paise: amount,
      notes: input.notes || null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx
    .insertInto('payment_tenders')
    .values(
      input.tenders.map((tender, position) => ({
        clinic_id: actor.clinicId,
        payment_id: payment.id,
        position,
        mode: tender.mode,
        reference: tender.reference?.trim() || null,
        amount_paise: tender.amountPaise,
      })),
    )
    .execute()
  if (allocations.length > 0) {
    await tx
      .insertInto('payment_allocations')
      .values(
        allocations.map((allocation) => ({
          clinic_id: actor.clinicId,
          patient_id: patientId,
          invoice_id: allocation.invoiceId,
          payment_id: payment.id,
          amount_paise: allocation.amountPaise,
          created_by: actor.userId,
        })),
      )
      .execute()
  }
  return payment.id
}

type Invoices = Awaited<ReturnType<typeof issuedInvoiceMoney>>
interface Allocation {
  invoiceId: string
  amountPaise: number
}

/** The allocations the desk chose: issued invoices of this patient, once each, within what each owes. */
export function checkAllocations(
  asked: Allocation[],
  invoices: Invoices,
  fieldOf: (index: number, name: keyof Allocation) => string = (index, name) =>
    `allocations.${index}.${name}`,
): Allocation[] {
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  asked.forEach((allocation, index) => {
    const invoice = invoices.find((candidate) => candidate.id === allocation.invoiceId)
    if (!invoice) {
      issues.push(issue(fieldOf(index, 'invoiceId'), 'billing.invoice_not_issued'))
    } else if (seen.has(invoice.id)) {
      issues.push(issue(fieldOf(index, 'invoiceId'), 'billing.invoice_repeated'))
    } else {
      seen.add(invoice.id)
      const due = invoiceDuePaise(invoice)
      if (allocation.amountPaise > due) {
        issues.push(issue(fieldOf(index, 'amountPaise'), 'billing.allocation_above_due', { due }))
      }
    }
  })
  if (issues.length > 0) throw validationError(issues)
  return asked
}

/** Money set against the oldest invoices that still owe, until it runs out. */
function oldestFirst(amount: number, invoices: Invoices): Allocation[] {
  const allocations: Allocation[] = []
  let left = amount
  for (const invoice of invoices) {
    if (left === 0) break
    const take = Math.min(left, invoiceDuePaise(invoice))
    if (take > 0) allocations.push({ invoiceId: invoice.id, amountPaise: take })
    left -= take
  }
  return allocations
}
