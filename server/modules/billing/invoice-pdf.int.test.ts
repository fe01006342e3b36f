import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Invoice } from '../../../shared/contracts/billing.ts'
import { signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { pdfReader } from '../../lib/pdf/read-back.ts'
import {
  type BillingClinic,
  billingClinic,
  CLINIC_GSTIN,
  CONSULTATION,
  draftAndIssue,
  invoiceOf,
  invoicePath,
  invoicesPath,
  newPatient,
  setGstin,
  WHITENING,
} from './billing-test-helpers.ts'

let t: TestApp
let clinic: BillingClinic
let patientId = ''
let hindiPatientId = ''
let issued: Invoice
let hindiIssued: Invoice
let draft: Invoice

const reader = pdfReader('invoice-pdf-int')
/** The text on one line: a long description or amount in words wraps in its column. */
const textOf = (pdf: Buffer) => reader.text(pdf).replace(/\s+/g, ' ')
const pdfPath = (patient: string, invoice: string) => `${invoicePath(patient, invoice)}/pdf`
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T05:00:00Z'))
  clinic = await billingClinic(t, 'Smile Care Dental Clinic')
  await setGstin(t, clinic, CLINIC_GSTIN)
  const settings = await clinic.owner.patch('/api/v1/clinic/settings', {
    legalName: 'Dr Kavita Joshi (proprietor)',
    addressLine1: '12, MG Road',
    city: 'Pune',
    pinCode: '411001',
  })
  expect(settings.status).toBe(200)
  patientId = await newPatient(clinic.owner)
  hindiPatientId = await newPatient(clinic.owner, {
    fullName: 'Ramesh Tiwari',
    preferredLanguage: 'hi',
  })
  issued = await draftAndIssue(clinic.owner, patientId, [CONSULTATION, WHITENING])
  hindiIssued = await draftAndIssue(clinic.owner, hindiPatientId, [CONSULTATION])
  draft = await invoiceOf(
    await clinic.owner.post(invoicesPath(patientId), { lines: [WHITENING] }),
    201,
  )
}, 120_000)
afterAll(async () => {
  reader.close()
  await t.close()
})

describe('the invoice PDF', () => {
  it('prints an issued invoice as its kind, with the letterhead, the Rule 46 particulars and the total in words', async () => {
    expect(issued.kind).toBe('invoice_cum_bill_of_supply')
    expect(issued.number).toBe('INV/26-27/0001')
    const response = await clinic.owner.get(pdfPath(patientId, issued.id))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    // The file is named by the number alone: no patient name travels with it.
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="INV-26-27-0001.pdf"',
    )
    const text = textOf(await bytesOf(response))
    expect(text).toContain('Smile Care Dental Clinic')
    expect(text).toContain('12, MG Road')
    expect(text).toContain('Pune, Maharashtra 411001')
    expect(text).toContain(`GSTIN: ${CLINIC_GSTIN}`)
    expect(text).toContain('Invoice-cum-Bill of Supply')
    expect(text).toContain('No. INV/26-27/0001')
    expect(text).toContain('Date: 01/12/2026')
    expect(text).toContain('Legal name: Dr Kavita Joshi (proprietor)')
    expect(text).toContain('Place of supply: Maharashtra (27)')
    expect(text).toContain('Tax payable on reverse charge: No')
    expect(text).toContain('Bill to: Meera Iyer')
    expect(text).toContain('999312')
    expect(text).toContain('999722')
    // ₹500.00 exempt + ₹18,000.00 taxable at 5% (₹450.00 CGST + ₹450.00 SGST) = ₹19,400.00.
    expect(text).toContain('CGST 2.5% ₹450.00 · SGST 2.5% ₹450.00')
    expect(text).toContain('Patient ID: P-000001')
    expect(text).toContain('Total ₹19,400.00')
    expect(text).toContain('Amount in words: Rupees Nineteen Thousand Four Hundred Only')
    expect(text).toContain('For Dr Kavita Joshi (proprietor): authorised signatory')
    expect(text).not.toContain('Draft')
  })

  it('gives the same bytes every time, and records each read in the audit log', async () => {
    const reads = () =>
      t.database.asOwner(async (tx) => {
        const { rows } = await sql<{ details: unknown }>`
          SELECT details FROM audit_events
          WHERE action = 'read' AND table_name = 'invoices' AND row_id = ${issued.id}
          ORDER BY id`.execute(tx)
        return rows
      })
    const before = (await reads()).length
    const first = await bytesOf(await clinic.owner.get(pdfPath(patientId, issued.id)))
    t.clock.advance(5_000)
    const second = await bytesOf(await clinic.owner.get(pdfPath(patientId, issued.id)))
    expect(second.equals(first)).toBe(true)
    const after = await reads()
    expect(after.length).toBe(before + 2)
    expect(after.at(-1)?.details).toEqual({ part: 'pdf', language: 'en' })
  })

  it("is in the patient's preferred language unless another is asked for", async () => {
    const hindi = await clinic.owner.get(pdfPath(hindiPatientId, hindiIssued.id))
    expect(hindi.status).toBe(200)
    expect(hindi.headers.get('content-language')).toBe('hi')
    const text = textOf(await bytesOf(hindi))
    expect(hindi.headers.get('content-disposition')).toBe('inline; filename="INV-26-27-0002.pdf"')
    expect(text).toContain('आपूर्ति बिल')
    expect(text).toContain('प्राप्तकर्ता')
    expect(text).toContain('रुपये पाँच सौ मात्र')
    expect(text).toContain('₹500.00')

    const english = textOf(
      await bytesOf(
        await clinic.owner.get(`${pdfPath(hindiPatientId, hindiIssued.id)}?language=en`),
      ),
    )
    expect(english).toContain('Bill of Supply')
    expect(english).toContain('Rupees Five Hundred Only')
    const hindiAsked = textOf(
      await bytesOf(await clinic.owner.get(`${pdfPath(patientId, issued.id)}?language=hi`)),
    )
    expect(hindiAsked).toContain('बीजक-सह-आपूर्ति बिल')
    expect(hindiAsked).toContain('रुपये उन्नीस हज़ार चार सौ मात्र')
  })

  it('marks a draft "Draft — not a tax invoice", without a number, in English and Hindi', async () => {
    const response = await clinic.owner.get(pdfPath(patientId, draft.id))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('inline; filename="draft-invoice.pdf"')
    const text = textOf(await bytesOf(response))
    expect(text).toContain('Draft — not a tax invoice')
    expect(text).not.toContain('Tax Invoice')
    expect(text).not.toContain('INV/')
    expect(text).not.toContain('No. ')
    expect(text).not.toContain('authorised signatory')
    expect(text).toContain('₹18,900.00')
    const hindi = textOf(
      await bytesOf(await clinic.owner.get(`${pdfPath(patientId, draft.id)}?language=hi`)),
    )
    expect(hindi).toContain('मसौदा — कर बीजक नहीं')
  })

  it('is for billing roles: receptionists and accountants read it, doctors and assistants get 403', async () => {
    for (const role of ['admin', 'receptionist', 'accountant'] as const) {
      const response = await clinic.person(role).client.get(pdfPath(patientId, issued.id))
      expect(response.status, role).toBe(200)
    }
    for (const role of ['doctor', 'assistant'] as const) {
      const response = await clinic.person(role).client.get(pdfPath(patientId, issued.id))
      expect(response.status, role).toBe(403)
      expect(response.headers.get('content-type')).toContain('application/json')
    }
  })

  it("is a 404 for another clinic's invoice or patient, and for an unknown language a 400", async () => {
    const other = await signUpClinic(t.app, 'Other Dental')
    const theirPatient = await newPatient(other.client)
    for (const path of [pdfPath(patientId, issued.id), pdfPath(theirPatient, issued.id)]) {
      const response = await other.client.get(path)
      expect(response.status, path).toBe(404)
    }
    // Another patient's invoice under this patient is not found either.
    expect((await clinic.owner.get(pdfPath(hindiPatientId, issued.id))).status).toBe(404)
    const bad = await clinic.owner.get(`${pdfPath(patientId, issued.id)}?language=fr`)
    expect(bad.status).toBe(400)
  })
})
