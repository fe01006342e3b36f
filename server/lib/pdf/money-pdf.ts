import { rupeesInWords } from '../../../shared/billing/index.ts'
import { formatDate, formatPaise } from '../../../shared/format/index.ts'
import { type Column, DocumentKit } from './document-kit.ts'
import { type MoneyLabels, moneyLabels } from './money-labels.ts'
import type { CreditNoteDocument, ReceiptDocument } from './money-types.ts'
import { percent } from './percent.ts'

/**
 * The receipt the patient takes home for a payment: who paid, how much, in which ways (with the
 * UPI or cheque reference), which invoices it paid and what was held as an advance, the amount in
 * figures and in words.
 */
export function renderReceiptPdf(input: ReceiptDocument): Promise<Buffer> {
  const labels = moneyLabels[input.language]
  const kit = start(input, labels.receipt, labels)
  kit.keyValues([
    [labels.date, formatDate(input.issuedAt, input.timeZone)],
    ...party(input, labels.receivedFrom, labels),
  ])
  kit.beginTable(TENDERS, [labels.mode, labels.modeReference, labels.amount])
  for (const tender of input.tenders) {
    kit.row(TENDERS, [
      { text: labels.modes[tender.mode] },
      { text: tender.reference ?? '' },
      { text: formatPaise(tender.amountPaise) },
    ])
  }
  kit.endTable()
  kit.totals([
    ...input.allocations.map((allocation) => ({
      label: `${labels.appliedTo}: ${labels.invoice} ${allocation.invoiceNumber}`,
      amount: formatPaise(allocation.amountPaise),
    })),
    ...(input.advancePaise > 0
      ? [{ label: labels.advance, amount: formatPaise(input.advancePaise) }]
      : []),
    { label: labels.received, amount: formatPaise(input.amountPaise), strong: true },
  ])
  finish(kit, input, input.amountPaise, labels, input.notes)
  return kit.finish({ left: `${labels.receipt} ${input.number}`, page: labels.page })
}

/**
 * A credit note (CGST Act s.34, Rule 53(1A)): the supplier, its own consecutive number and date,
 * the recipient, the invoice it cites with that invoice's date, and per line the value and the
 * CGST and SGST credited, with the total in figures and words.
 */
export function renderCreditNotePdf(input: CreditNoteDocument): Promise<Buffer> {
  const labels = moneyLabels[input.language]
  const kit = start(input, labels.creditNote, labels)
  kit.keyValues([
    [labels.date, formatDate(input.issuedAt, input.timeZone)],
    [labels.againstInvoice, input.invoiceNumber],
    [labels.invoiceDate, formatDate(input.invoiceIssuedAt, input.timeZone)],
    [labels.reason, labels.reasons[input.reason]],
    ...party(input, labels.issuedTo, labels),
  ])
  kit.beginTable(LINES, [
    labels.description,
    labels.sac,
    labels.gstRate,
    labels.taxableValue,
    labels.cgst,
    labels.sgst,
    labels.amount,
  ])
  for (const line of input.lines) {
    const taxable = line.gstRateBp > 0
    kit.row(LINES, [
      { text: line.description },
      { text: line.sacCode },
      { text: taxable ? percent(line.gstRateBp) : labels.exempt },
      { text: formatPaise(line.taxableValuePaise) },
      { text: taxable ? formatPaise(line.cgstPaise) : '' },
      { text: taxable ? formatPaise(line.sgstPaise) : '' },
      { text: formatPaise(line.totalPaise), bold: true },
    ])
  }
  kit.endTable()
  const { totals } = input
  kit.totals([
    ...(totals.taxableValuePaise > 0
      ? [{ label: labels.taxableValue, amount: formatPaise(totals.taxableValuePaise) }]
      : []),
    ...(totals.exemptValuePaise > 0
      ? [{ label: labels.exemptValue, amount: formatPaise(totals.exemptValuePaise) }]
      : []),
    ...(totals.cgstPaise > 0
      ? [
          { label: labels.cgst, amount: formatPaise(totals.cgstPaise) },
          { label: labels.sgst, amount: formatPaise(totals.sgstPaise) },
        ]
      : []),
    ...(totals.roundOffPaise !== 0
      ? [
          {
            label: labels.roundOff,
            amount:
              totals.roundOffPaise < 0
                ? `-${formatPaise(-totals.roundOffPaise)}`
                : `+${formatPaise(totals.roundOffPaise)}`,
          },
        ]
      : []),
    { label: labels.total, amount: formatPaise(totals.totalPaise), strong: true },
  ])
  finish(kit, input, totals.totalPaise, labels, input.note)
  return kit.finish({ left: `${labels.creditNote} ${input.number}`, page: labels.page })
}

/** Mode, reference, amount: 515.28 points. */
const TENDERS: Column[] = [{ width: 160 }, { width: 215.28 }, { width: 140, align: 'right' }]
/** Description, SAC, rate, taxable value, CGST, SGST, amount: 515.28 points. */
const LINES: Column[] = [
  { width: 155.28 },
  { width: 50 },
  { width: 50, align: 'right' },
  { width: 70, align: 'right' },
  { width: 60, align: 'right' },
  { width: 60, align: 'right' },
  { width: 70, align: 'right' },
]

function start(
  input: ReceiptDocument | CreditNoteDocument,
  title: string,
  labels: MoneyLabels,
): DocumentKit {
  const kit = new DocumentKit({
    title: `${title} ${input.number}`,
    createdAt: input.issuedAt,
    language: input.language === 'hi' ? 'hi-IN' : 'en-IN',
  })
  kit.letterhead(input.letterhead, labels)
  kit.title(title, `${labels.number} ${input.number}`)
  return kit
}

function party(
  input: ReceiptDocument | CreditNoteDocument,
  heading: string,
  labels: MoneyLabels,
): Array<[string, string]> {
  const pairs: Array<[string, string] | null> = [
    input.supplierLegalName ? [labels.legalName, input.supplierLegalName] : null,
    [heading, input.recipient.name],
    input.recipient.reference ? [labels.reference, input.recipient.reference] : null,
    input.recipient.gstin ? [labels.gstin, input.recipient.gstin] : null,
  ]
  return pairs.filter((pair): pair is [string, string] => pair !== null)
}

function finish(
  kit: DocumentKit,
  input: ReceiptDocument | CreditNoteDocument,
  amountPaise: number,
  labels: MoneyLabels,
  notes: string | null,
): void {
  kit.paragraph(
    `${labels.inWords}: ${rupeesInWords(amountPaise, input.language)}`,
    { size: 9.5, bold: true },
    8,
  )
  if (notes) kit.paragraph(`${labels.notes}: ${notes}`, { size: 9 }, 6)
  kit.paragraph(labels.forClinic(input.supplierLegalName ?? input.letterhead.clinicName), {
    size: 9,
    bold: true,
  })
  // Rule 46(q)'s proviso: an electronic document needs no signature (IT Act 2000).
  kit.paragraph(labels.electronic, { size: 8 })
}
