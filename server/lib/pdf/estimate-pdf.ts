import { PHASES } from '../../../shared/contracts/plans.ts'
import { formatDate, formatDateTime, formatPaise } from '../../../shared/format/index.ts'
import { type Column, DocumentKit } from './document-kit.ts'
import { type DocumentLabels, documentLabels } from './labels.ts'
import { halfPercent, percent } from './percent.ts'
import type { AcceptanceDocument, EstimateDocument, EstimateDocumentLine } from './types.ts'

/**
 * The treatment estimate (issue #11): the plan's items grouped by phase, the GST that will apply
 * on the taxable (cosmetic) items only, and the totals. The amounts come computed
 * (shared/plans/estimate.ts); this only lays them out.
 */
export function renderEstimatePdf(input: EstimateDocument): Promise<Buffer> {
  const labels = documentLabels[input.language]
  const kit = new DocumentKit({
    title: `${labels.estimateTitle}: ${input.plan.title}`,
    createdAt: input.issuedAt,
    language: input.language === 'hi' ? 'hi-IN' : 'en-IN',
  })
  writeEstimate(kit, input, labels, labels.estimateTitle)
  return kit.finish({ left: footerText(input, labels), page: labels.page })
}

/**
 * The signed acceptance: the same estimate, then the declaration in the patient's language, the
 * drawn signature, who signed (the patient, or the guardian of a minor), the witness, when, and
 * the SHA-256 of the estimate document the patient saw, which ties the two together. Its own
 * CreationDate is the moment of acceptance, so a re-render gives the same bytes.
 */
export function renderAcceptancePdf(input: AcceptanceDocument): Promise<Buffer> {
  const labels = documentLabels[input.language]
  const { acceptance } = input
  const kit = new DocumentKit({
    title: `${labels.acceptanceTitle}: ${input.plan.title}`,
    createdAt: acceptance.acceptedAt,
    language: input.language === 'hi' ? 'hi-IN' : 'en-IN',
  })
  writeEstimate(kit, input, labels, labels.acceptanceTitle)
  kit.heading(labels.signature, 160)
  kit.paragraph(labels.declaration(acceptance.signedBy), { size: 10 }, 8)
  kit.image(acceptance.signaturePng, 220, 90)
  kit.keyValues([
    [
      acceptance.signedBy === 'patient' ? labels.signedByPatient : labels.signedByGuardian,
      acceptance.signerName,
    ],
    [labels.witness, acceptance.witnessName],
    [labels.acceptedAt, formatDateTime(acceptance.acceptedAt, input.timeZone)],
  ])
  kit.paragraph(`${labels.estimateHash}: ${acceptance.estimateSha256}`, { size: 8 })
  return kit.finish({ left: footerText(input, labels), page: labels.page })
}

/** Procedure, site, qty, rate, discount, amount, GST, total: 515 points, A4 less margins. */
const COLUMNS: Column[] = [
  { width: 160 },
  { width: 56 },
  { width: 26, align: 'right' },
  { width: 60, align: 'right' },
  { width: 52, align: 'right' },
  { width: 60, align: 'right' },
  { width: 40, align: 'right' },
  { width: 61.28, align: 'right' },
]

function writeEstimate(
  kit: DocumentKit,
  input: EstimateDocument,
  labels: DocumentLabels,
  title: string,
): void {
  kit.letterhead(input.letterhead, labels)
  kit.title(title, `${labels.date}: ${formatDate(input.issuedAt, input.timeZone)}`)
  const { patient, plan } = input
  kit.keyValues(
    [
      [labels.patient, patient.name] as [string, string],
      patient.reference ? ([labels.reference, patient.reference] as [string, string]) : null,
      patient.ageSex ? ([labels.ageSex, patient.ageSex] as [string, string]) : null,
      [labels.doctor, plan.doctorName] as [string, string],
      [labels.plan, `${plan.title} (${labels.version} ${plan.version})`] as [string, string],
    ].filter((pair): pair is [string, string] => pair !== null),
  )

  kit.beginTable(COLUMNS, [
    labels.procedure,
    labels.site,
    labels.quantity,
    labels.unitPrice,
    labels.discount,
    labels.net,
    labels.gst,
    labels.total,
  ])
  for (const phase of PHASES) {
    const lines = input.lines.filter((line) => line.phase === phase)
    if (lines.length === 0) continue
    kit.groupRow(labels.phases[phase])
    for (const line of lines) kit.row(COLUMNS, lineCells(line, labels))
  }
  kit.endTable()

  const { totals } = input
  kit.totals([
    { label: labels.subtotal, amount: formatPaise(totals.subtotalPaise) },
    ...(totals.discountPaise > 0
      ? [{ label: labels.discount, amount: `-${formatPaise(totals.discountPaise)}` }]
      : []),
    ...(totals.gstPaise > 0
      ? [
          { label: labels.taxableValue, amount: formatPaise(totals.taxableValuePaise) },
          { label: labels.cgst, amount: formatPaise(totals.cgstPaise) },
          { label: labels.sgst, amount: formatPaise(totals.sgstPaise) },
        ]
      : []),
    { label: labels.totalGst, amount: formatPaise(totals.gstPaise) },
    { label: labels.grandTotal, amount: formatPaise(totals.totalPaise), strong: true },
  ])
  kit.paragraph(labels.exemptNote, { size: 8.5 }, 4)
  kit.paragraph(labels.estimateNote, { size: 8.5 }, 4)
  if (input.validityNote) kit.paragraph(input.validityNote, { size: 8.5 }, 4)
}

/**
 * A line's cells. A taxable line shows its GST rate and, below, the SAC code and the CGST and
 * SGST halves (each half the rate, india-domain §3.4); an exempt line says so and has no GST.
 */
function lineCells(line: EstimateDocumentLine, labels: DocumentLabels) {
  const gst = line.cgstPaise + line.sgstPaise
  const half = halfPercent(line.gstRateBp)
  return [
    {
      text: `${line.code} · ${line.name}`,
      ...(line.taxable
        ? {
            note: `${labels.sac} ${line.sacCode} · ${labels.cgst} ${half} ${formatPaise(line.cgstPaise)} · ${labels.sgst} ${half} ${formatPaise(line.sgstPaise)} · ${labels.gst} ${formatPaise(gst)}`,
          }
        : {}),
    },
    { text: line.site },
    { text: String(line.quantity) },
    { text: formatPaise(line.unitPricePaise) },
    { text: line.discountPaise > 0 ? `-${formatPaise(line.discountPaise)}` : '' },
    { text: formatPaise(line.netPaise) },
    { text: line.taxable ? percent(line.gstRateBp) : labels.exempt },
    { text: formatPaise(line.totalPaise), bold: true },
  ]
}

function footerText(input: EstimateDocument, labels: DocumentLabels): string {
  return `${input.letterhead.clinicName} · ${labels.plan}: ${input.plan.title} (${labels.version} ${input.plan.version})`
}
