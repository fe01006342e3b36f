import { rupeesInWords } from '../../../shared/billing/index.ts'
import { formatDate, formatPaise } from '../../../shared/format/index.ts'
import { type Column, DocumentKit } from './document-kit.ts'

import { type InvoiceLabels, invoiceLabels } from './invoice-labels.ts'
import type { InvoiceDocument, InvoiceDocumentLine } from './invoice-types.ts'
import { halfPercent, percent } from './percent.ts'

/**
 * An issued invoice as the patient takes it home: a tax invoice, a bill of supply, or one
 * invoice-cum-bill of supply when exempt treatment and taxable (cosmetic) work are billed
 * together (CGST Rules 46, 49 and 46A; india-domain §3.6–3.7). Every particular the rules ask
 * for is printed: supplier name, address and GSTIN (letterhead), the consecutive number and date,
 * the recipient (with address and state at ₹50,000 or more when unregistered), SAC, description,
 * quantity, value, discount, taxable value, rate and CGST and SGST per line, place of supply,
 * reverse charge, and the total in figures and in words. The amounts come computed
 * (shared/billing); this only lays them out.
 */
export function renderInvoicePdf(input: InvoiceDocument): Promise<Buffer> {
  const labels = invoiceLabels[input.language]
  // A draft has no number and is titled as a draft, whatever its lines would make it.
  const title = input.number === null ? labels.draft : labels.titles[input.kind]
  const heading = input.number === null ? title : `${title} ${input.number}`
  const kit = new DocumentKit({
    title: heading,
    createdAt: input.issuedAt,
    language: input.language === 'hi' ? 'hi-IN' : 'en-IN',
  })
  kit.letterhead(input.letterhead, labels)
  kit.title(title, input.number === null ? '' : `${labels.number} ${input.number}`)
  writeParties(kit, input, labels)
  writeLines(kit, input, labels)
  writeTotals(kit, input, labels)
  if (input.gstByRate.length > 0) writeGstSummary(kit, input, labels)
  if (input.lines.some((line) => !line.taxable)) {
    kit.paragraph(labels.exemptNote, { size: 8.5 }, 4)
  }
  if (input.notes) kit.paragraph(`${labels.notes}: ${input.notes}`, { size: 9 }, 6)
  // A draft is nobody's signed document: no signatory line, its title on every page instead.
  if (input.number !== null) {
    kit.paragraph(labels.forClinic(input.supplierLegalName ?? input.letterhead.clinicName), {
      size: 9,
      bold: true,
    })
    // Rule 46(q)'s proviso: an electronic document needs no signature (IT Act 2000).
    kit.paragraph(labels.electronic, { size: 8 })
  }
  return kit.finish({ left: heading, page: labels.page })
}

function writeParties(kit: DocumentKit, input: InvoiceDocument, labels: InvoiceLabels): void {
  const { recipient } = input
  const pairs: Array<[string, string] | null> = [
    [labels.date, formatDate(input.issuedAt, input.timeZone)],
    input.supplierLegalName ? [labels.legalName, input.supplierLegalName] : null,
    input.supplierState
      ? [labels.placeOfSupply, `${input.supplierState.name} (${input.supplierState.code})`]
      : null,
    input.kind === 'bill_of_supply' ? null : [labels.reverseCharge, labels.no],
    [labels.billTo, recipient.name],
    recipient.reference ? [labels.reference, recipient.reference] : null,
    recipient.gstin ? [labels.gstin, recipient.gstin] : null,
    recipient.address ? [labels.address, recipient.address] : null,
    recipient.state ? [labels.state, `${recipient.state.name} (${recipient.state.code})`] : null,
  ]
  kit.keyValues(pairs.filter((pair): pair is [string, string] => pair !== null))
}

/** #, description, SAC, qty, rate, discount, taxable value, GST rate, total: 515.28 points. */
const COLUMNS: Column[] = [
  { width: 16 },
  { width: 128 },
  { width: 40 },
  { width: 24, align: 'right' },
  { width: 58, align: 'right' },
  { width: 50, align: 'right' },
  { width: 70, align: 'right' },
  { width: 50, align: 'right' },
  { width: 79.28, align: 'right' },
]

function writeLines(kit: DocumentKit, input: InvoiceDocument, labels: InvoiceLabels): void {
  kit.beginTable(COLUMNS, [
    labels.serial,
    labels.description,
    labels.sac,
    labels.quantity,
    labels.rate,
    labels.discount,
    labels.taxableValue,
    labels.gst,
    labels.total,
  ])
  input.lines.forEach((line, index) => {
    kit.row(COLUMNS, lineCells(line, index, labels))
  })
  kit.endTable()
}

/** A taxable line shows its CGST and SGST halves under the description (india-domain §3.4). */
function lineCells(line: InvoiceDocumentLine, index: number, labels: InvoiceLabels) {
  const half = halfPercent(line.gstRateBp)
  return [
    { text: String(index + 1) },
    {
      text: line.description,
      ...(line.taxable
        ? {
            note: `${labels.cgst} ${half} ${formatPaise(line.cgstPaise)} · ${labels.sgst} ${half} ${formatPaise(line.sgstPaise)}`,
          }
        : {}),
    },
    { text: line.sacCode },
    { text: String(line.quantity) },
    { text: formatPaise(line.unitPricePaise) },
    { text: line.discountPaise > 0 ? `-${formatPaise(line.discountPaise)}` : '' },
    { text: formatPaise(line.taxableValuePaise) },
    { text: line.taxable ? percent(line.gstRateBp) : labels.exempt },
    { text: formatPaise(line.totalPaise), bold: true },
  ]
}

function writeTotals(kit: DocumentKit, input: InvoiceDocument, labels: InvoiceLabels): void {
  const { totals } = input
  kit.totals([
    ...(totals.taxableValuePaise > 0
      ? [{ label: labels.taxableValue, amount: formatPaise(totals.taxableValuePaise) }]
      : []),
    ...(totals.exemptValuePaise > 0
      ? [{ label: labels.exemptValue, amount: formatPaise(totals.exemptValuePaise) }]
      : []),
    ...(totals.gstPaise > 0
      ? [
          { label: labels.cgst, amount: formatPaise(totals.cgstPaise) },
          { label: labels.sgst, amount: formatPaise(totals.sgstPaise) },
        ]
      : []),
    ...(totals.roundOffPaise !== 0
      ? [{ label: labels.roundOff, amount: signedPaise(totals.roundOffPaise) }]
      : []),
    { label: labels.grandTotal, amount: formatPaise(totals.grandTotalPaise), strong: true },
  ])
  kit.paragraph(
    `${labels.inWords}: ${rupeesInWords(totals.grandTotalPaise, input.language)}`,
    { size: 9.5, bold: true },
    8,
  )
}

/** Per rate: taxable value, CGST and SGST, as GSTR-1 reports them. */
const SUMMARY: Column[] = [
  { width: 115.28 },
  { width: 100, align: 'right' },
  { width: 100, align: 'right' },
  { width: 100, align: 'right' },
  { width: 100, align: 'right' },
]

function writeGstSummary(kit: DocumentKit, input: InvoiceDocument, labels: InvoiceLabels): void {
  kit.heading(labels.gstSummary)
  kit.beginTable(SUMMARY, [
    labels.gstRate,
    labels.taxableValue,
    labels.cgst,
    labels.sgst,
    labels.gst,
  ])
  for (const rate of input.gstByRate) {
    kit.row(SUMMARY, [
      { text: percent(rate.gstRateBp) },
      { text: formatPaise(rate.taxableValuePaise) },
      { text: formatPaise(rate.cgstPaise) },
      { text: formatPaise(rate.sgstPaise) },
      { text: formatPaise(rate.cgstPaise + rate.sgstPaise), bold: true },
    ])
  }
  kit.endTable()
}

/** A round-off of −49 to +50 paise, with its sign: "-₹0.30", "+₹0.50". */
function signedPaise(paise: number): string {
  return paise < 0 ? `-${formatPaise(-paise)}` : `+${formatPaise(paise)}`
}
