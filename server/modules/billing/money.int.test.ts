import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  CreditNote,
  PatientAccount,
  Payment,
  Refund,
} from '../../../shared/contracts/payments.ts'
import type { Plan } from '../../../shared/contracts/plans.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
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
let other: BillingClinic
let patientId = ''

// A fixed day in the financial year 2026-27 (one clock for the app and the database).
const START = new Date('2026-06-15T05:30:00Z')

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(START)
  clinic = await billingClinic(t)
  other = await billingClinic(t, 'Other Dental')
  await setGstin(t, clinic, CLINIC_GSTIN)
  patientId = await newPatient(clinic.owner)
}, 120_000)
afterAll(() => t.close())

const desk = () => clinic.person('receptionist').client
const accountPath = (id: string) => `/api/v1/patients/${id}/account`
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string; reason?: string; issues?: unknown[] } })
    .error
async function bodyOf<T>(response: Response, status: number): Promise<T> {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(status)
  return body as T
}
const account = async (id = patientId) =>
  bodyOf<PatientAccount>(await desk().get(accountPath(id)), 200)

/** Every money row of the clinic: compared around refusals, which must change nothing. */
function moneyState(clinicId: string) {
  return t.database.asOwner(async (tx) => {
    const { rows } = await sql<Record<string, string>>`
      SELECT (SELECT count(*) FROM payments WHERE clinic_id = ${clinicId}) AS payments,
             (SELECT count(*) FROM payment_allocations WHERE clinic_id = ${clinicId}) AS allocations,
             (SELECT count(*) FROM credit_notes WHERE clinic_id = ${clinicId}) AS credit_notes,
             (SELECT count(*) FROM refunds WHERE clinic_id = ${clinicId}) AS refunds,
             (SELECT json_agg(to_jsonb(c) ORDER BY c.id)::text FROM document_counters c
               WHERE clinic_id = ${clinicId}) AS counters`.execute(tx)
    return rows[0]
  })
}

describe('payments, credit notes and refunds on one invoice', () => {
  // Consultation ₹500 (exempt) + whitening ₹18,000 at 5%: ₹18,000 + ₹450 + ₹450 + ₹500 = ₹19,400.
  let invoiceId = ''
  let whiteningLine = ''

  beforeAll(async () => {
    const invoice = await draftAndIssue(desk(), patientId, [CONSULTATION, WHITENING])
    expect(invoice).toMatchObject({
      kind: 'invoice_cum_bill_of_supply',
      totals: { totalPaise: 1_940_000 },
    })
    invoiceId = invoice.id
    whiteningLine = invoice.lines.find((line) => line.sacCode === '999722')?.id ?? ''
  })

  it('refuses a UPI payment without its reference, and more than is due without "advance"; nothing changes', async () => {
    const before = await moneyState(clinic.clinicId)
    const noReference = await desk().post(`/api/v1/patients/${patientId}/payments`, {
      tenders: [{ mode: 'upi', amountPaise: 500_000 }],
    })
    expect(noReference.status).toBe(400)
    expect(await errorOf(noReference)).toMatchObject({
      field: 'tenders.0.reference',
      reason: 'billing.reference_required',
    })
    const tooMuch = await desk().post(`/api/v1/patients/${patientId}/payments`, {
      tenders: [
        { mode: 'upi', amountPaise: 500_000, reference: '412345678901' },
        { mode: 'cash', amountPaise: 2_000_000 },
      ],
    })
    expect(tooMuch.status).toBe(400)
    expect(await errorOf(tooMuch)).toMatchObject({
      field: 'advance',
      reason: 'billing.payment_above_due',
    })
    const cardNumber = await desk().post(`/api/v1/patients/${patientId}/payments`, {
      tenders: [{ mode: 'card', amountPaise: 100, reference: '4111111111111111' }],
    })
    expect(await errorOf(cardNumber)).toMatchObject({
      field: 'tenders.0.reference',
      reason: 'billing.card_reference',
    })
    const aboveDue = await desk().post(`/api/v1/patients/${patientId}/payments`, {
      tenders: [{ mode: 'cash', amountPaise: 2_000_000 }],
      allocations: [{ invoiceId, amountPaise: 1_940_001 }],
      advance: true,
    })
    expect(await errorOf(aboveDue)).toMatchObject({
      field: 'allocations.0.amountPaise',
      reason: 'billing.allocation_above_due',
    })
    expect(await moneyState(clinic.clinicId)).toEqual(before)
  })

  it('takes ₹5,000 by UPI and the rest in cash on one receipt, set against the invoice', async () => {
    const payment = await bodyOf<Payment>(
      await desk().post(`/api/v1/patients/${patientId}/payments`, {
        tenders: [
          { mode: 'upi', amountPaise: 500_000, reference: '412345678901' },
          { mode: 'cash', amountPaise: 1_440_000 },
        ],
      }),
      201,
    )
    expect(payment).toMatchObject({
      number: 'RCT/26-27/0001',
      amountPaise: 1_940_000,
      tenders: [
        { mode: 'upi', amountPaise: 500_000, reference: '412345678901' },
        { mode: 'cash', amountPaise: 1_440_000, reference: null },
      ],
      allocations: [{ invoiceId, amountPaise: 1_940_000 }],
      advancePaise: 0,
    })
    expect(await account()).toMatchObject({
      outstandingPaise: 0,
      creditPaise: 0,
      balancePaise: 0,
      invoices: [{ invoiceId, paidPaise: 1_940_000, duePaise: 0 }],
    })
  })

  it('credits part of the whitening: value and tax in proportion, in the credit-note series, citing the invoice', async () => {
    const note = await bodyOf<CreditNote>(
      await desk().post(`${invoicePath(patientId, invoiceId)}/credit-notes`, {
        reason: 'discount',
        note: 'Shade not as agreed',
        lines: [{ invoiceLineId: whiteningLine, amountPaise: 210_000 }],
      }),
      201,
    )
    expect(note).toMatchObject({
      number: 'CN/26-27/0001',
      invoiceId,
      reason: 'discount',
      totals: {
        taxableValuePaise: 200_000,
        exemptValuePaise: 0,
        cgstPaise: 5_000,
        sgstPaise: 5_000,
        roundOffPaise: 0,
        totalPaise: 210_000,
      },
      lines: [{ invoiceLineId: whiteningLine, gstRateBp: 500, totalPaise: 210_000 }],
    })
    expect(note.invoiceNumber).toMatch(/^INV\/26-27\/\d{4}$/)
    // Paid in full before: the credit is now the patient's money on the account.
    expect(await account()).toMatchObject({
      outstandingPaise: 0,
      creditPaise: 210_000,
      balancePaise: -210_000,
    })
  })

  it('refuses a credit above what the line has left, naming the field', async () => {
    const before = await moneyState(clinic.clinicId)
    const response = await desk().post(`${invoicePath(patientId, invoiceId)}/credit-notes`, {
      reason: 'discount',
      lines: [{ invoiceLineId: whiteningLine, amountPaise: 1_680_001 }],
    })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({
      field: 'lines.0.amountPaise',
      reason: 'billing.credit_above_line',
    })
    expect(await moneyState(clinic.clinicId)).toEqual(before)
  })

  it('refunds the credit with a voucher, and not a paisa more', async () => {
    const refund = await bodyOf<Refund>(
      await desk().post(`/api/v1/patients/${patientId}/refunds`, {
        amountPaise: 210_000,
        mode: 'cash',
        reason: 'Discount agreed after treatment',
      }),
      201,
    )
    expect(refund).toMatchObject({ number: 'RFD/26-27/0001', amountPaise: 210_000 })
    const again = await desk().post(`/api/v1/patients/${patientId}/refunds`, {
      amountPaise: 1,
      mode: 'cash',
      reason: 'Again',
    })
    expect(again.status).toBe(400)
    expect(await errorOf(again)).toMatchObject({
      field: 'amountPaise',
      reason: 'billing.credit_above_available',
    })
    const after = await account()
    expect(after).toMatchObject({ outstandingPaise: 0, creditPaise: 0, balancePaise: 0 })
    expect(after.ledger.map((entry) => [entry.kind, entry.balancePaise])).toEqual([
      ['invoice', 1_940_000],
      ['payment', 0],
      ['credit_note', -210_000],
      ['refund', 0],
    ])
  })

  it('a cancellation credits everything left, and the notes never exceed the invoice', async () => {
    const cancel = await bodyOf<CreditNote>(
      await desk().post(`${invoicePath(patientId, invoiceId)}/credit-notes`, {
        reason: 'cancellation',
      }),
      201,
    )
    expect(cancel.totals.totalPaise).toBe(1_940_000 - 210_000)
    const more = await desk().post(`${invoicePath(patientId, invoiceId)}/credit-notes`, {
      reason: 'cancellation',
    })
    expect(more.status).toBe(409)
    expect(await errorOf(more)).toMatchObject({ reason: 'billing.credit_nothing_left' })
    expect(await account()).toMatchObject({
      invoices: [{ invoiceId, creditedPaise: 1_940_000, duePaise: 0 }],
      creditPaise: 1_730_000,
    })
  })
})

describe('receipts and credit notes as PDFs', () => {
  const reader = pdfReader('money-int')
  afterAll(reader.close)

  it('prints the receipt with its tenders and the credit note citing the invoice, audited, named by number', async () => {
    const { payments, creditNotes } = await account()
    const payment = payments[0]
    const note = creditNotes[0]
    if (!payment || !note) throw new Error('the journey above made a payment and a credit note')
    const receipt = await desk().get(
      `/api/v1/patients/${patientId}/payments/${payment.id}/pdf?language=en`,
    )
    expect(receipt.status).toBe(200)
    expect(receipt.headers.get('content-disposition')).toBe('inline; filename="RCT-26-27-0001.pdf"')
    const receiptText = reader.text(Buffer.from(await receipt.arrayBuffer())).replace(/\s+/g, ' ')
    expect(receiptText).toContain('No. RCT/26-27/0001')
    expect(receiptText).toContain('UPI 412345678901 ₹5,000.00')
    expect(receiptText).toContain('Amount received ₹19,400.00')
    const credit = await desk().get(
      `/api/v1/patients/${patientId}/credit-notes/${note.id}/pdf?language=hi`,
    )
    expect(credit.status).toBe(200)
    const creditText = reader.text(Buffer.from(await credit.arrayBuffer())).replace(/\s+/g, ' ')
    expect(creditText).toContain('क्रेडिट नोट')
    expect(creditText).toContain(note.invoiceNumber)
    // Another clinic, or a doctor, gets nothing.
    expect(
      (await other.owner.get(`/api/v1/patients/${patientId}/payments/${payment.id}/pdf`)).status,
    ).toBe(404)
    expect(
      (
        await clinic
          .person('doctor')
          .client.get(`/api/v1/patients/${patientId}/credit-notes/${note.id}/pdf`)
      ).status,
    ).toBe(403)
  })
})

describe('advances', () => {
  it('holds an advance on the account and sets it against a later invoice', async () => {
    const patient = await newPatient(clinic.owner, { fullName: 'Arjun Nair' })
    const advance = await bodyOf<Payment>(
      await desk().post(`/api/v1/patients/${patient}/payments`, {
        tenders: [{ mode: 'cash', amountPaise: 100_000 }],
        advance: true,
      }),
      201,
    )
    expect(advance).toMatchObject({ allocations: [], advancePaise: 100_000 })
    const invoice = await draftAndIssue(desk(), patient, [CONSULTATION])
    const tooMuch = await desk().post(`/api/v1/patients/${patient}/credit-applications`, {
      invoiceId: invoice.id,
      amountPaise: 50_001,
    })
    expect(await errorOf(tooMuch)).toMatchObject({
      field: 'amountPaise',
      reason: 'billing.allocation_above_due',
    })
    const applied = await bodyOf<PatientAccount>(
      await desk().post(`/api/v1/patients/${patient}/credit-applications`, {
        invoiceId: invoice.id,
        amountPaise: 50_000,
      }),
      200,
    )
    expect(applied).toMatchObject({
      outstandingPaise: 0,
      creditPaise: 50_000,
      invoices: [{ invoiceId: invoice.id, paidPaise: 50_000, duePaise: 0 }],
    })
  })

  it('two desks paying the same invoice at once: one is taken, the other refused', async () => {
    const patient = await newPatient(clinic.owner, { fullName: 'Kiran Rao' })
    const invoice = await draftAndIssue(desk(), patient, [CONSULTATION])
    const pay = () =>
      desk().post(`/api/v1/patients/${patient}/payments`, {
        tenders: [{ mode: 'cash', amountPaise: 50_000 }],
        allocations: [{ invoiceId: invoice.id, amountPaise: 50_000 }],
      })
    const answers = await Promise.all([pay(), pay()])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400])
    expect(await account(patient)).toMatchObject({ outstandingPaise: 0, creditPaise: 0 })
  })
})

describe('instalment plans', () => {
  it('splits what is owed into dated instalments, covered earliest first', async () => {
    const patient = await newPatient(clinic.owner, { fullName: 'Farhan Sheikh' })
    // Three crowns, ₹30,000 exempt; ₹5,000 paid on the day, the rest over two months.
    const invoice = await draftAndIssue(desk(), patient, [
      { description: 'Crown, zirconia', sacCode: '999312', quantity: 3, unitPricePaise: 1_000_000 },
    ])
    await bodyOf<Payment>(
      await desk().post(`/api/v1/patients/${patient}/payments`, {
        tenders: [{ mode: 'cash', amountPaise: 500_000 }],
      }),
      201,
    )
    const path = `${invoicePath(patient, invoice.id)}/instalments`
    const before = await moneyState(clinic.clinicId)
    const wrongSum = await desk().put(path, {
      instalments: [
        { dueOn: '2026-07-15', amountPaise: 1_000_000 },
        { dueOn: '2026-08-15', amountPaise: 1_000_000 },
      ],
    })
    expect(wrongSum.status).toBe(400)
    expect(await errorOf(wrongSum)).toMatchObject({
      field: 'instalments',
      reason: 'billing.instalments_sum',
    })
    const past = await desk().put(path, {
      instalments: [
        { dueOn: '2026-06-14', amountPaise: 1_250_000 },
        { dueOn: '2026-06-14', amountPaise: 1_250_000 },
      ],
    })
    expect(await errorOf(past)).toMatchObject({
      issues: [
        { field: 'instalments.0.dueOn', reason: 'billing.instalment_past' },
        { field: 'instalments.1.dueOn', reason: 'billing.instalment_past' },
      ],
    })
    expect(await moneyState(clinic.clinicId)).toEqual(before)

    const agreed = await bodyOf<PatientAccount>(
      await desk().put(path, {
        instalments: [
          { dueOn: '2026-07-15', amountPaise: 1_250_000 },
          { dueOn: '2026-08-15', amountPaise: 1_250_000 },
        ],
        note: 'Agreed with the patient',
      }),
      200,
    )
    expect(agreed.instalmentPlans).toMatchObject([
      {
        invoiceId: invoice.id,
        instalments: [
          { dueOn: '2026-07-15', paidPaise: 0, status: 'due' },
          { dueOn: '2026-08-15', paidPaise: 0, status: 'due' },
        ],
      },
    ])
    await desk().post(`/api/v1/patients/${patient}/payments`, {
      tenders: [{ mode: 'upi', amountPaise: 1_500_000, reference: '998877665544' }],
    })
    // ₹15,000 later: the first instalment is paid and the second part-paid. (Overdue, once a
    // date has passed, is shared/billing/instalments.test.ts: sessions end before months pass.)
    expect((await account(patient)).instalmentPlans[0]?.instalments).toMatchObject([
      { paidPaise: 1_250_000, status: 'paid' },
      { paidPaise: 250_000, status: 'part_paid' },
    ])
    const cleared = await bodyOf<PatientAccount>(await desk().delete(path), 200)
    expect(cleared.instalmentPlans).toEqual([])
  })
})

describe('a credit note gives a plan item back for billing', () => {
  it('bills the item again once its line is credited in full', async () => {
    const owner = clinic.owner
    const patient = await newPatient(owner, { fullName: 'Divya Menon' })
    const catalogue = (await (await owner.get('/api/v1/catalogue/procedures')).json()) as {
      procedures: { id: string; code: string }[]
    }
    const procedureId = catalogue.procedures.find((row) => row.code === 'RCT-M')?.id
    const plan = (await (
      await owner.post(`/api/v1/patients/${patient}/plans`, { title: 'RCT 46' })
    ).json()) as Plan
    const plansPath = `/api/v1/patients/${patient}/plans/${plan.id}`
    const withItem = (await (
      await owner.post(`${plansPath}/items`, { procedureId, teeth: [46] })
    ).json()) as Plan
    const itemId = withItem.items[0]?.id ?? ''
    await withClinic(t.database.db, clinic.context, async (tx) => {
      await sql`UPDATE treatment_plan_items SET status = 'accepted' WHERE plan_id = ${plan.id}`.execute(
        tx,
      )
      await sql`UPDATE treatment_plans SET status = 'accepted' WHERE id = ${plan.id}`.execute(tx)
    })
    expect(
      (
        await owner.post(`${plansPath}/items/${itemId}/sittings`, {
          workDone: 'Obturation',
          completesItem: true,
        })
      ).status,
    ).toBe(201)
    const draft = await invoiceOf(
      await desk().post(invoicesPath(patient), { planItemIds: [itemId] }),
      201,
    )
    await invoiceOf(await desk().post(`${invoicePath(patient, draft.id)}/issue`))
    expect((await desk().post(invoicesPath(patient), { planItemIds: [itemId] })).status).toBe(409)
    await bodyOf<CreditNote>(
      await desk().post(`${invoicePath(patient, draft.id)}/credit-notes`, {
        reason: 'cancellation',
        note: 'Billed to the wrong recipient',
      }),
      201,
    )
    await invoiceOf(await desk().post(invoicesPath(patient), { planItemIds: [itemId] }), 201)

    // The flag cannot be raised on a line that is not fully credited, not even in the database.
    const other = await draftAndIssue(desk(), patient, [CONSULTATION])
    const raised = await inDatabaseAs(t.database.db, clinic.context, (tx) =>
      sql`UPDATE invoice_lines SET plan_item_released = true WHERE invoice_id = ${other.id}`.execute(
        tx,
      ),
    )
    expect(raised).toBe('refused')
  })
})

describe('who may', () => {
  it('doctors and assistants have nothing of billing; accountants and admins do', async () => {
    for (const role of ['doctor', 'assistant'] as const) {
      const client = clinic.person(role).client
      expect((await client.get(accountPath(patientId))).status).toBe(403)
      const paid = await client.post(`/api/v1/patients/${patientId}/payments`, {
        tenders: [{ mode: 'cash', amountPaise: 100 }],
        advance: true,
      })
      expect(paid.status).toBe(403)
    }
    for (const role of ['accountant', 'admin'] as const) {
      expect((await clinic.person(role).client.get(accountPath(patientId))).status).toBe(200)
    }
  })

  it("another clinic cannot see or touch this clinic's account", async () => {
    const before = await moneyState(clinic.clinicId)
    const intruder = other.owner
    expect((await intruder.get(accountPath(patientId))).status).toBe(404)
    const paid = await intruder.post(`/api/v1/patients/${patientId}/payments`, {
      tenders: [{ mode: 'cash', amountPaise: 100 }],
      advance: true,
    })
    expect(paid.status).toBe(404)
    const invoices = (await (await desk().get(invoicesPath(patientId))).json()) as {
      invoices: { id: string }[]
    }
    const target = invoices.invoices[0]?.id ?? ''
    const noted = await intruder.post(`${invoicePath(patientId, target)}/credit-notes`, {
      reason: 'cancellation',
    })
    expect(noted.status).toBe(404)
    expect(await moneyState(clinic.clinicId)).toEqual(before)
  })

  it('the database refuses to change or delete money documents, for every role', async () => {
    for (const statement of [
      sql`UPDATE payments SET amount_paise = 1`,
      sql`DELETE FROM payment_tenders`,
      sql`DELETE FROM credit_notes`,
      sql`UPDATE refunds SET reason = 'edited'`,
    ]) {
      const outcome = await inDatabaseAs(t.database.db, clinic.context, async (tx) => {
        const result = await statement.execute(tx)
        return Number(result.numAffectedRows ?? 0)
      })
      expect(outcome).toBe('refused')
    }
  })
})
