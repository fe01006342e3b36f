import type { InvoicePdfLanguage } from '../../../shared/contracts/invoice-pdf.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { pdfFilenameOf } from '../../http/pdf-response.ts'
import { type Letterhead, renderCreditNotePdf, renderReceiptPdf } from '../../lib/pdf/index.ts'
import { recordRead } from '../audit/index.ts'
import { formatPatientNumber } from '../patients/index.ts'
import { requireBillingPatient } from './guards.ts'
import { patientParticulars } from './invoice-document.ts'
import { creditNotesOf, loadAccount } from './load-account.ts'
import { clinicTaxProfile } from './queries.ts'

interface Tools {
  letterhead: () => Promise<Letterhead>
  zone: string
  today: string
}

export interface MoneyPdf {
  bytes: Buffer
  filename: string
  language: InvoicePdfLanguage
}

/** Who the document is for, its language and the supplier's legal name: what both PDFs share. */
async function common(
  tx: Tx,
  tools: Tools,
  patientId: string,
  asked: InvoicePdfLanguage | undefined,
) {
  const patient = await requireBillingPatient(tx, patientId)
  const particulars = await patientParticulars(tx, patientId)
  const profile = await clinicTaxProfile(tx)
  const letterhead = await tools.letterhead()
  return {
    language: asked ?? (particulars?.preferred_language === 'hi' ? 'hi' : 'en'),
    letterhead,
    supplierLegalName:
      profile.legal_name && profile.legal_name !== letterhead.clinicName
        ? profile.legal_name
        : null,
    timeZone: tools.zone,
    recipient: {
      name: patient.full_name,
      reference: particulars ? formatPatientNumber(Number(particulars.patient_number)) : null,
      gstin: null,
    },
  } as const
}

/** The receipt of a payment as a PDF (issue #12 item 6); the read is audited. */
export async function receiptPdf(
  tx: Tx,
  tools: Tools,
  patientId: string,
  paymentId: string,
  asked: InvoicePdfLanguage | undefined,
): Promise<MoneyPdf> {
  const base = await common(tx, tools, patientId, asked)
  const payment = (await loadAccount(tx, patientId, tools.today)).payments.find(
    (candidate) => candidate.id === paymentId,
  )
  if (!payment) throw new AppError('not_found', 'billing.payment_not_found')
  await recordRead(tx, { table: 'payments', rowId: paymentId, patientId, details: { part: 'pdf' } })
  const bytes = await renderReceiptPdf({
    ...base,
    number: payment.number,
    issuedAt: new Date(payment.receivedAt),
    amountPaise: payment.amountPaise,
    tenders: payment.tenders,
    allocations: payment.allocations,
    advancePaise: payment.advancePaise,
    notes: payment.notes,
  })
  return { bytes, filename: pdfFilenameOf(payment.number), language: base.language }
}

/** A credit note as a PDF (CGST Rule 53(1A)); the supplier as on the invoice it cites. */
export async function creditNotePdf(
  tx: Tx,
  tools: Tools,
  patientId: string,
  creditNoteId: string,
  asked: InvoicePdfLanguage | undefined,
): Promise<MoneyPdf> {
  const base = await common(tx, tools, patientId, asked)
  const [note] = await creditNotesOf(tx, patientId, creditNoteId)
  if (!note) throw new AppError('not_found', 'billing.credit_note_not_found')
  const stored = await tx
    .selectFrom('credit_notes')
    .select(['supplier_gstin', 'supplier_name', 'recipient_name', 'recipient_gstin'])
    .where('id', '=', creditNoteId)
    .executeTakeFirstOrThrow()
  await recordRead(tx, {
    table: 'credit_notes',
    rowId: creditNoteId,
    patientId,
    details: { part: 'pdf' },
  })
  const bytes = await renderCreditNotePdf({
    ...base,
    letterhead: { ...base.letterhead, gstin: stored.supplier_gstin },
    supplierLegalName:
      stored.supplier_name !== base.letterhead.clinicName ? stored.supplier_name : null,
    supplierGstin: stored.supplier_gstin,
    recipient: {
      ...base.recipient,
      name: stored.recipient_name ?? base.recipient.name,
      gstin: stored.recipient_gstin,
    },
    number: note.number,
    issuedAt: new Date(note.issuedAt),
    invoiceNumber: note.invoiceNumber,
    invoiceIssuedAt: new Date(note.invoiceIssuedAt),
    reason: note.reason,
    note: note.note,
    lines: note.lines,
    totals: note.totals,
  })
  return { bytes, filename: pdfFilenameOf(note.number), language: base.language }
}
