import { type LineCreditParts, splitLineCredit } from '../../../shared/billing/index.ts'
import type { NewCreditNote } from '../../../shared/contracts/payments.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, type FieldIssue, issue, validationError } from '../../http/errors.ts'
import { creditedByLine, lockAccount } from './account-queries.ts'
import { requireInvoice } from './guards.ts'
import { numberDocument } from './number-document.ts'
import { type InvoiceLineRow, linesOfInvoices } from './queries.ts'

interface Credit {
  line: InvoiceLineRow
  parts: LineCreditParts
  /** This credit reverses what was left of the line. */
  isWhole: boolean
}

/**
 * Issues a credit note against an issued invoice (CGST Act s.34, Rule 53(1A)): numbered in the
 * credit-note series, citing the invoice, crediting each line's value and tax in proportion
 * (shared/billing splitLineCredit), never more than a line has left, so the notes of an invoice
 * never add up to more than the invoice. A cancellation credits everything left, round-off
 * included. A plan item whose line is fully reversed may be billed again.
 */
export async function issueCreditNote(
  tx: Tx,
  actor: Session,
  patientId: string,
  invoiceId: string,
  input: NewCreditNote,
  clock: { now: Date; zone: string },
): Promise<string> {
  await lockAccount(tx, patientId)
  const invoice = await requireInvoice(tx, patientId, invoiceId)
  if (invoice.status !== 'issued') throw new AppError('conflict', 'billing.credit_invoice_draft')
  const lines = await linesOfInvoices(tx, [invoiceId])
  const credited = await creditedByLine(
    tx,
    lines.map((line) => line.id),
  )
  const remainingOf = (line: InvoiceLineRow) => {
    const done = credited.get(line.id) ?? { taxable: 0, cgst: 0, total: 0 }
    const cgst = Number(line.cgst_paise) - done.cgst
    return {
      taxableValuePaise: Number(line.taxable_value_paise) - done.taxable,
      cgstPaise: cgst,
      sgstPaise: cgst,
      totalPaise: Number(line.total_paise) - done.total,
    }
  }

  const credits = input.reason === 'cancellation' ? everythingLeft() : asked()
  if (credits.length === 0) throw new AppError('conflict', 'billing.credit_nothing_left')

  // The invoice's round-off goes with the note that reverses the last of its lines.
  const finishesInvoice = lines.every(
    (line) =>
      remainingOf(line).totalPaise === 0 ||
      credits.some((credit) => credit.line.id === line.id && credit.isWhole),
  )
  const roundOffPaise = finishesInvoice ? Number(invoice.round_off_paise) : 0
  const sum = (pick: (credit: Credit) => number) =>
    credits.reduce((total, credit) => total + pick(credit), 0)
  const taxable = sum((c) => (c.line.taxable ? c.parts.taxableValuePaise : 0))
  const exempt = sum((c) => (c.line.taxable ? 0 : c.parts.taxableValuePaise))
  const cgst = sum((c) => c.parts.cgstPaise)
  const total = taxable + exempt + 2 * cgst + roundOffPaise
  if (total <= 0) {
    // Only a few paise left against a negative round-off: nothing a note can carry.
    throw validationError([issue('lines', 'billing.credit_indivisible')])
  }

  const numbered = await numberDocument(tx, actor.clinicId, 'credit_note', clock)
  const note = await tx
    .insertInto('credit_notes')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      invoice_id: invoiceId,
      number: numbered.number,
      fy_start_year: numbered.fyStartYear,
      serial: numbered.serial,
      issued_at: clock.now,
      issued_by: actor.userId,
      reason: input.reason,
      note: input.note || null,
      supplier_name: invoice.supplier_name ?? '',
      supplier_gstin: invoice.supplier_gstin,
      recipient_name: invoice.recipient_name,
      recipient_gstin: invoice.recipient_gstin,
      taxable_value_paise: taxable,
      exempt_value_paise: exempt,
      cgst_paise: cgst,
      sgst_paise: cgst,
      round_off_paise: roundOffPaise,
      total_paise: total,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx
    .insertInto('credit_note_lines')
    .values(
      credits.map((credit, position) => ({
        clinic_id: actor.clinicId,
        credit_note_id: note.id,
        invoice_line_id: credit.line.id,
        position,
        taxable_value_paise: credit.parts.taxableValuePaise,
        cgst_paise: credit.parts.cgstPaise,
        sgst_paise: credit.parts.sgstPaise,
        total_paise: credit.parts.totalPaise,
      })),
    )
    .execute()
  const released = credits
    .filter((credit) => credit.isWhole && credit.line.plan_item_id !== null)
    .map((credit) => credit.line.id)
  if (released.length > 0) {
    await tx
      .updateTable('invoice_lines')
      .set({ plan_item_released: true })
      .where('id', 'in', released)
      .execute()
  }
  return note.id

  function everythingLeft(): Credit[] {
    if (input.lines.length > 0) {
      throw validationError([issue('lines', 'billing.credit_lines_with_cancellation')])
    }
    return lines.flatMap((line) => {
      const left = remainingOf(line)
      if (left.totalPaise === 0) return []
      return [{ line, parts: left, isWhole: true }]
    })
  }

  function asked(): Credit[] {
    if (input.lines.length === 0) {
      throw validationError([issue('lines', 'billing.credit_lines_required')])
    }
    const issues: FieldIssue[] = []
    const seen = new Set<string>()
    const result: Credit[] = []
    input.lines.forEach((asked, index) => {
      const line = lines.find((candidate) => candidate.id === asked.invoiceLineId)
      if (!line) {
        issues.push(issue(`lines.${index}.invoiceLineId`, 'billing.credit_line_not_found'))
        return
      }
      if (seen.has(line.id)) {
        issues.push(issue(`lines.${index}.invoiceLineId`, 'billing.credit_line_repeated'))
        return
      }
      seen.add(line.id)
      const left = remainingOf(line)
      const split = splitLineCredit(asked.amountPaise, left, line.gst_rate_bp)
      if (!split.ok) {
        issues.push(
          split.code === 'indivisible'
            ? issue(`lines.${index}.amountPaise`, 'billing.credit_indivisible')
            : issue(`lines.${index}.amountPaise`, 'billing.credit_above_line', {
                remaining: split.remainingPaise,
              }),
        )
        return
      }
      result.push({ line, parts: split, isWhole: split.totalPaise === left.totalPaise })
    })
    if (issues.length > 0) throw validationError(issues)
    return result
  }
}
