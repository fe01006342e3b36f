import { formatDate } from '../../../shared/format/index.ts'
import { DocumentKit } from './document-kit.ts'
import { type PrescriptionLabels, prescriptionLabels } from './prescription-labels.ts'
import type { PrescriptionDocument, PrescriptionDocumentLine } from './prescription-types.ts'

const MUTED = '#555555'
const WARNING = '#b00020'
const INDENT = 18

/**
 * The prescription (issue #13 item 6) with the elements of india-domain §5.1: the clinic's
 * letterhead; the prescriber's name, qualification, council and registration number (IMC
 * Regulations 1.4.2); the patient's name, age, sex, record number and a child's weight; the
 * date and diagnosis; each medicine with its GENERIC NAME IN CAPITALS (IMC Regulations 1.5),
 * strength, form, dose, route, frequency as 1-0-1 and in words, food timing, duration, quantity
 * (Drugs and Cosmetics Rules 1945, r. 65) and instructions; Schedule H1/X/NDPS lines marked
 * (india-domain §5.2); advice, follow-up and the signature line. A draft says so on every page.
 * Deterministic: equal input gives equal bytes.
 */
export function renderPrescriptionPdf(input: PrescriptionDocument): Promise<Buffer> {
  const labels = prescriptionLabels[input.language]
  const kit = new DocumentKit({
    title: input.number ? `${labels.title} ${input.number}` : labels.title,
    createdAt: input.issuedAt,
    language: input.language === 'hi' ? 'hi-IN' : 'en-IN',
  })
  kit.letterhead(input.letterhead, labels)
  writePrescriber(kit, input, labels)
  if (input.isDraft) {
    kit.put(labels.draft, kit.left, kit.y, { size: 13, bold: true, color: WARNING })
    kit.y += kit.lineHeight(13) + 2
  }
  kit.title(
    input.number ? `${labels.title} · ${labels.number} ${input.number}` : labels.title,
    `${labels.date}: ${formatDate(input.issuedAt, input.timeZone)}`,
  )
  writePatient(kit, input, labels)
  kit.heading(labels.medicines, 40)
  for (const [index, line] of input.lines.entries()) writeLine(kit, line, index, labels)
  if (input.advice) {
    kit.heading(labels.advice, 14)
    kit.paragraph(input.advice, { size: 9.5 })
  }
  if (input.followUpDate) {
    kit.keyValues([[labels.followUp, formatDate(input.followUpDate, input.timeZone)]])
  }
  writeSignature(kit, input, labels)
  const footer = [input.letterhead.clinicName, input.number ?? labels.draft].join(' · ')
  return kit.finish({ left: footer, page: labels.page })
}

function writePrescriber(
  kit: DocumentKit,
  input: PrescriptionDocument,
  labels: PrescriptionLabels,
) {
  const { prescriber } = input
  const name = [prescriber.name, prescriber.qualification].filter(Boolean).join(', ')
  kit.put(name, kit.left, kit.y, { size: 11, bold: true })
  kit.y += kit.lineHeight(11)
  kit.put(registrationText(input, labels), kit.left, kit.y, { size: 9.5 })
  kit.y += kit.lineHeight(9.5) + 2
}

function registrationText(input: PrescriptionDocument, labels: PrescriptionLabels): string {
  const { prescriber } = input
  return [
    `${labels.registration}: ${prescriber.registrationNumber ?? '—'}`,
    prescriber.council ? `${labels.council}: ${prescriber.council}` : null,
  ]
    .filter(Boolean)
    .join('   ·   ')
}

function writePatient(kit: DocumentKit, input: PrescriptionDocument, labels: PrescriptionLabels) {
  const { patient } = input
  const pairs: Array<[string, string]> = [
    [labels.patient, patient.name],
    [labels.reference, patient.reference],
    [labels.ageSex, patient.ageSex],
  ]
  if (patient.weightKg !== null) pairs.push([labels.weight, labels.kilograms(patient.weightKg)])
  if (input.diagnosis) pairs.push([labels.diagnosis, input.diagnosis])
  kit.keyValues(pairs)
}

/** "0.5", "1", "2.25": a leading zero before decimals, no trailing zeros (india-domain §5.1). */
export function amountText(value: number): string {
  return String(Number(value.toFixed(3)))
}

function writeLine(
  kit: DocumentKit,
  line: PrescriptionDocumentLine,
  index: number,
  labels: PrescriptionLabels,
) {
  const x = kit.left + INDENT
  const width = kit.right - x
  const headline = [
    `${index + 1}.`,
    line.genericName.toLocaleUpperCase('en-IN'),
    line.strengthLabel ?? '',
    `— ${labels.forms[line.form]}`,
  ]
    .filter(Boolean)
    .join(' ')
  const frequency = `${line.frequency.includes('-') ? `${line.frequency} ` : ''}(${labels.frequencies[line.frequency]})`
  const how = [
    labels.dose(amountText(line.doseAmount), line.doseUnit, line.doseAmount),
    labels.routes[line.route],
    frequency,
    labels.foodTimings[line.foodTiming],
    labels.days(line.durationDays),
  ]
    .filter(Boolean)
    .join(' · ')
  const details = kit.wrap(how, width, { size: 9.5 })
  const instructions = line.instructions ? kit.wrap(line.instructions, width, { size: 9.5 }) : []
  const schedule = line.schedule ? labels.schedules[line.schedule] : null
  const lineCount = 2 + details.length + instructions.length + (schedule ? 1 : 0)
  kit.ensureRoom(lineCount * kit.lineHeight(9.5) + 8)
  kit.put(headline, kit.left, kit.y, { size: 10.5, bold: true })
  kit.y += kit.lineHeight(10.5)
  for (const text of details) {
    kit.put(text, x, kit.y, { size: 9.5 })
    kit.y += kit.lineHeight(9.5)
  }
  kit.put(`${labels.quantity}: ${line.quantity}`, x, kit.y, { size: 9.5 })
  kit.y += kit.lineHeight(9.5)
  for (const text of instructions) {
    kit.put(text, x, kit.y, { size: 9.5, color: MUTED })
    kit.y += kit.lineHeight(9.5)
  }
  if (schedule) {
    kit.put(schedule, x, kit.y, { size: 8.5, bold: true, color: WARNING })
    kit.y += kit.lineHeight(8.5)
  }
  kit.y += 5
}

/** The signature line on the right, with the name and registration printed under it. */
function writeSignature(kit: DocumentKit, input: PrescriptionDocument, labels: PrescriptionLabels) {
  kit.ensureRoom(100)
  kit.y += 34
  const width = 220
  const x = kit.right - width
  kit.doc.moveTo(x, kit.y).lineTo(kit.right, kit.y).lineWidth(0.6).strokeColor('#111111').stroke()
  kit.y += 4
  kit.put(labels.signature, x, kit.y, { size: 8.5, color: MUTED })
  kit.y += kit.lineHeight(8.5)
  kit.put(input.prescriber.name, x, kit.y, { size: 9.5, bold: true })
  kit.y += kit.lineHeight(9.5)
  const { prescriber } = input
  const lines = [
    `${labels.registration}: ${prescriber.registrationNumber ?? '—'}`,
    prescriber.council ? `${labels.council}: ${prescriber.council}` : null,
  ]
  for (const text of lines) {
    if (!text) continue
    kit.put(text, x, kit.y, { size: 8.5 })
    kit.y += kit.lineHeight(8.5)
  }
}
