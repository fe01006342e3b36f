import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '../../../shared/contracts/plans.ts'
import type { Revenue, Trend } from '../../../shared/contracts/revenue-reports.ts'
import type { TestClient } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import { withClinic } from '../../db/with-clinic.ts'
import {
  CLINIC_GSTIN,
  CONSULTATION,
  invoiceOf,
  invoicePath,
  invoicesPath,
  newPatient,
  type ReportsClinic,
  registerClinic,
  reportsClinic,
} from './reports-test-helpers.ts'

/**
 * Revenue per doctor and category, and the monthly trend, through HTTP into the database
 * (PGlite, or PostgreSQL with DATABASE_URL). Clinic A bills three plan items (a root canal the
 * doctor finished, a whitening the owner finished, a scaling the doctor finished) and one typed
 * consultation, credits part of the whitening, takes payments and makes a refund; clinic B bills
 * too and is never counted. Issue dates straddle midnight in India while UTC is still on 31 May.
 */

let t: TestApp
let a: ReportsClinic
let b: ReportsClinic
let doctorId = ''
let ownerId = ''

// 23:50 on 31 May 2026 in India (18:20Z); 00:10 on 1 June there is 18:40Z, still 31 May in UTC.
const MAY_EVENING = new Date('2026-05-31T18:20:00Z')
const JUNE_MORNING = new Date('2026-05-31T18:40:00Z')

const RCT = 650_000 // RCT-M, endodontic, exempt (catalogue seed: ₹6,500)
const WHITEN = 1_800_000 // WHITEN, cosmetic, 5% GST: ₹18,000 + ₹450 + ₹450
const SCALE = 150_000 // SCALE, preventive, exempt (₹1,500)
const CONSULT = 50_000 // typed at the desk, exempt (₹500)

const revenueOf = async (response: Response): Promise<Revenue> => {
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Revenue
}
const trendOf = async (response: Response): Promise<Trend> => {
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Trend
}
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { field?: string; reason?: string } }).error

/** Plans the procedures, accepts them, and finishes each in a sitting by the doctor given. */
async function completedItems(
  clinic: ReportsClinic,
  patientId: string,
  work: { code: string; teeth?: number[]; doctorId?: string }[],
): Promise<Record<string, string>> {
  const owner = clinic.owner
  const catalogue = (await (await owner.get('/api/v1/catalogue/procedures')).json()) as {
    procedures: { id: string; code: string }[]
  }
  const plan = (await (
    await owner.post(`/api/v1/patients/${patientId}/plans`, { title: 'Treatment' })
  ).json()) as Plan
  const planPath = `/api/v1/patients/${patientId}/plans/${plan.id}`
  let items: Plan['items'] = []
  for (const { code, teeth } of work) {
    const procedureId = catalogue.procedures.find((row) => row.code === code)?.id
    const response = await owner.post(`${planPath}/items`, { procedureId, teeth })
    expect(response.status, await response.clone().text()).toBe(201)
    items = ((await response.json()) as Plan).items
  }
  await withClinic(t.database.db, clinic.context, async (tx) => {
    await sql`UPDATE treatment_plan_items SET status = 'accepted' WHERE plan_id = ${plan.id}`.execute(
      tx,
    )
    await sql`UPDATE treatment_plans SET status = 'accepted' WHERE id = ${plan.id}`.execute(tx)
  })
  const ids: Record<string, string> = {}
  for (const { code, doctorId: doctor } of work) {
    const id = items.find((item) => item.code === code)?.id ?? ''
    const sitting = await owner.post(`${planPath}/items/${id}/sittings`, {
      workDone: 'Done',
      completesItem: true,
      ...(doctor ? { doctorId: doctor } : {}),
    })
    expect(sitting.status, await sitting.clone().text()).toBe(201)
    ids[code] = id
  }
  return ids
}

async function issue(owner: TestClient, patientId: string, body: object): Promise<string> {
  const draft = await invoiceOf(await owner.post(invoicesPath(patientId), body), 201)
  return (await invoiceOf(await owner.post(`${invoicePath(patientId, draft.id)}/issue`))).id
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(MAY_EVENING)
  a = await reportsClinic(t, 'Clinic A')
  b = await reportsClinic(t, 'Clinic B')
  await registerClinic(t, a, CLINIC_GSTIN)
  await registerClinic(t, b, '27AABCT1332L1ZE')
  doctorId = a.person('doctor').userId
  ownerId = a.context.userId
  const patient = await newPatient(a.owner)
  const items = await completedItems(a, patient, [
    { code: 'RCT-M', teeth: [36], doctorId },
    { code: 'WHITEN' },
    { code: 'SCALE', doctorId },
  ])
  // 31 May, 23:50 in India: the root canal, the whitening and a typed consultation.
  const may = await issue(a.owner, patient, {
    planItemIds: [items['RCT-M'], items.WHITEN],
    lines: [CONSULTATION],
  })
  const mayInvoice = await invoiceOf(await a.owner.get(invoicePath(patient, may)))
  expect(mayInvoice.totals.totalPaise).toBe(RCT + WHITEN + 90_000 + CONSULT)
  const whiteningLine = mayInvoice.lines.find((line) => line.gstRateBp === 500)?.id
  const rctLine = mayInvoice.lines.find((line) => line.planItemId === items['RCT-M'])?.id
  // ₹2,100 off the whitening: ₹2,000 of value and ₹100 of GST.
  const credit = await a.owner.post(`${invoicePath(patient, may)}/credit-notes`, {
    reason: 'discount',
    lines: [{ invoiceLineId: whiteningLine, amountPaise: 210_000 }],
  })
  expect(credit.status, await credit.clone().text()).toBe(201)
  const paid = await a.owner.post(`/api/v1/patients/${patient}/payments`, {
    tenders: [{ mode: 'cash', amountPaise: 1_000_000 }],
    allocations: [{ invoiceId: may, amountPaise: 1_000_000 }],
  })
  expect(paid.status, await paid.clone().text()).toBe(201)
  // A draft never counts.
  await invoiceOf(await a.owner.post(invoicesPath(patient), { lines: [CONSULTATION] }), 201)

  // 1 June, 00:10 in India (still 31 May in UTC): the scaling, paid with ₹500 over as an
  // advance, ₹200 of which is refunded.
  t.clock.set(JUNE_MORNING)
  const june = await issue(a.owner, patient, { planItemIds: [items.SCALE] })
  const junePaid = await a.owner.post(`/api/v1/patients/${patient}/payments`, {
    tenders: [{ mode: 'cash', amountPaise: 200_000 }],
    allocations: [{ invoiceId: june, amountPaise: SCALE }],
    advance: true,
  })
  expect(junePaid.status, await junePaid.clone().text()).toBe(201)
  const refund = await a.owner.post(`/api/v1/patients/${patient}/refunds`, {
    amountPaise: 20_000,
    mode: 'cash',
    reason: 'Advance returned',
  })
  expect(refund.status, await refund.clone().text()).toBe(201)
  // And ₹500 off May's root canal: a June credit note on a May invoice counts in June, against
  // the root canal's doctor and category.
  const juneCredit = await a.owner.post(`${invoicePath(patient, may)}/credit-notes`, {
    reason: 'discount',
    lines: [{ invoiceLineId: rctLine, amountPaise: 50_000 }],
  })
  expect(juneCredit.status, await juneCredit.clone().text()).toBe(201)

  // Clinic B bills in May as well, with a plan item: none of it is A's.
  t.clock.set(MAY_EVENING)
  const patientB = await newPatient(b.owner)
  const itemsB = await completedItems(b, patientB, [{ code: 'WHITEN' }])
  const invoiceB = await issue(b.owner, patientB, {
    planItemIds: [itemsB.WHITEN],
    lines: [CONSULTATION],
  })
  expect(
    (
      await b.owner.post(`/api/v1/patients/${patientB}/payments`, {
        tenders: [{ mode: 'cash', amountPaise: 300_000 }],
        allocations: [{ invoiceId: invoiceB, amountPaise: 300_000 }],
      })
    ).status,
  ).toBe(201)
  t.clock.set(JUNE_MORNING)
}, 240_000)
afterAll(() => t.close())

const MAY = '/api/v1/billing/reports/revenue?from=2026-05-01&to=2026-05-31'
const JUNE = '/api/v1/billing/reports/revenue?from=2026-06-01&to=2026-06-30'

describe('revenue per doctor and category', () => {
  it('adds up May without GST, less the credit note: the 00:10 IST invoice of 1 June is not in it', async () => {
    const report = await revenueOf(await a.person('accountant').client.get(MAY))
    expect(report).toMatchObject({ from: '2026-05-01', to: '2026-05-31', timeZone: 'Asia/Kolkata' })
    expect(report.totals).toEqual({
      invoices: 1,
      creditNotes: 1,
      invoicedPaise: RCT + WHITEN + CONSULT,
      creditedPaise: 200_000,
      revenuePaise: RCT + WHITEN + CONSULT - 200_000,
      lines: 3,
    })
    expect(report.byDoctor).toEqual([
      {
        doctorId: ownerId,
        name: expect.any(String),
        invoicedPaise: WHITEN,
        creditedPaise: 200_000,
        revenuePaise: 1_600_000,
        lines: 1,
      },
      {
        doctorId,
        name: expect.any(String),
        invoicedPaise: RCT,
        creditedPaise: 0,
        revenuePaise: RCT,
        lines: 1,
      },
      {
        doctorId: null,
        name: null,
        invoicedPaise: CONSULT,
        creditedPaise: 0,
        revenuePaise: CONSULT,
        lines: 1,
      },
    ])
    expect(report.byDoctor[0]?.name?.length).toBeGreaterThan(0)
    expect(report.byCategory).toEqual([
      {
        category: 'cosmetic',
        invoicedPaise: WHITEN,
        creditedPaise: 200_000,
        revenuePaise: 1_600_000,
        lines: 1,
      },
      { category: 'endodontic', invoicedPaise: RCT, creditedPaise: 0, revenuePaise: RCT, lines: 1 },
      {
        category: 'ad_hoc',
        invoicedPaise: CONSULT,
        creditedPaise: 0,
        revenuePaise: CONSULT,
        lines: 1,
      },
    ])
  })

  it('doctors, categories and the total agree to the paisa', async () => {
    for (const url of [
      MAY,
      JUNE,
      '/api/v1/billing/reports/revenue?from=2026-04-01&to=2027-03-31',
    ]) {
      const report = await revenueOf(await a.owner.get(url))
      for (const key of ['invoicedPaise', 'creditedPaise', 'revenuePaise', 'lines'] as const) {
        const doctors = report.byDoctor.reduce((sum, row) => sum + row[key], 0)
        const categories = report.byCategory.reduce((sum, row) => sum + row[key], 0)
        expect(doctors, `${url} ${key}`).toBe(report.totals[key])
        expect(categories, `${url} ${key}`).toBe(report.totals[key])
      }
    }
  })

  it('puts the scaling issued at 00:10 IST on 1 June in June, and June’s credit note on May’s root canal', async () => {
    const report = await revenueOf(await a.person('admin').client.get(JUNE))
    expect(report.totals).toEqual({
      invoices: 1,
      creditNotes: 1,
      invoicedPaise: SCALE,
      creditedPaise: 50_000,
      revenuePaise: SCALE - 50_000,
      lines: 1,
    })
    expect(report.byDoctor).toEqual([
      {
        doctorId,
        name: expect.any(String),
        invoicedPaise: SCALE,
        creditedPaise: 50_000,
        revenuePaise: SCALE - 50_000,
        lines: 1,
      },
    ])
    // A category can go below zero in a range: credited, nothing invoiced.
    expect(report.byCategory).toEqual([
      {
        category: 'preventive',
        invoicedPaise: SCALE,
        creditedPaise: 0,
        revenuePaise: SCALE,
        lines: 1,
      },
      {
        category: 'endodontic',
        invoicedPaise: 0,
        creditedPaise: 50_000,
        revenuePaise: -50_000,
        lines: 0,
      },
    ])
  })

  it('a whole financial year: both invoices, one entry per doctor', async () => {
    const report = await revenueOf(
      await a.owner.get('/api/v1/billing/reports/revenue?from=2026-04-01&to=2027-03-31'),
    )
    expect(report.totals.revenuePaise).toBe(RCT + WHITEN + CONSULT - 200_000 + SCALE - 50_000)
    expect(report.byDoctor.map((row) => [row.doctorId, row.revenuePaise])).toEqual([
      [ownerId, 1_600_000],
      [doctorId, RCT + SCALE - 50_000],
      [null, CONSULT],
    ])
  })

  it('an empty range is all zeros, not an error', async () => {
    const report = await revenueOf(
      await a.owner.get('/api/v1/billing/reports/revenue?from=2026-01-01&to=2026-01-31'),
    )
    expect(report.byDoctor).toEqual([])
    expect(report.byCategory).toEqual([])
    expect(report.totals.revenuePaise).toBe(0)
  })

  it.each([
    ['from=2026-05-32&to=2026-06-01', 'from'],
    ['from=2026-05-01', 'to'],
    ['from=2026-06-01&to=2026-05-31', 'to'],
    ['from=2026-04-01&to=2027-04-01', 'to'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const response = await a.owner.get(`/api/v1/billing/reports/revenue?${query}`)
    expect(response.status).toBe(400)
    expect((await errorOf(response)).field).toBe(field)
  })

  it('clinic B sees only its own whitening and consultation', async () => {
    const report = await revenueOf(await b.owner.get(MAY))
    expect(report.totals).toMatchObject({
      invoices: 1,
      creditNotes: 0,
      revenuePaise: WHITEN + CONSULT,
    })
    expect(report.byDoctor.map((row) => row.doctorId)).toEqual([b.context.userId, null])
    expect(JSON.stringify(report)).not.toContain(doctorId)
  })
})

describe('monthly trend', () => {
  it('gives collected, invoiced, credited and outstanding at each month end, by the IST calendar', async () => {
    const report = await trendOf(
      await a.person('accountant').client.get('/api/v1/billing/reports/trend?months=3'),
    )
    expect(report).toMatchObject({ timeZone: 'Asia/Kolkata', asOf: '2026-06-01' })
    const mayTotal = RCT + WHITEN + 90_000 + CONSULT
    expect(report.months).toEqual([
      {
        month: '2026-04',
        receivedPaise: 0,
        refundedPaise: 0,
        collectedPaise: 0,
        invoicedPaise: 0,
        creditedPaise: 0,
        outstandingPaise: 0,
      },
      {
        month: '2026-05',
        receivedPaise: 1_000_000,
        refundedPaise: 0,
        collectedPaise: 1_000_000,
        invoicedPaise: mayTotal,
        creditedPaise: 210_000,
        outstandingPaise: mayTotal - 210_000 - 1_000_000,
      },
      {
        month: '2026-06',
        receivedPaise: 200_000,
        refundedPaise: 20_000,
        collectedPaise: 180_000,
        invoicedPaise: SCALE,
        creditedPaise: 50_000,
        // The scaling is paid; May's invoice owes ₹500 less for June's credit note.
        outstandingPaise: mayTotal - 210_000 - 1_000_000 - 50_000,
      },
    ])
  })

  it('the last month agrees with the outstanding report', async () => {
    const trend = await trendOf(await a.owner.get('/api/v1/billing/reports/trend'))
    expect(trend.months).toHaveLength(12)
    expect(trend.months[0]?.month).toBe('2025-07')
    const outstanding = (await (
      await a.owner.get('/api/v1/billing/reports/outstanding')
    ).json()) as { totalPaise: number }
    expect(trend.months.at(-1)?.outstandingPaise).toBe(outstanding.totalPaise)
  })

  it('counts what B owes and collects for B only', async () => {
    const report = await trendOf(await b.owner.get('/api/v1/billing/reports/trend?months=2'))
    expect(report.months.map((row) => [row.month, row.collectedPaise, row.invoicedPaise])).toEqual([
      ['2026-05', 300_000, WHITEN + 90_000 + CONSULT],
      ['2026-06', 0, 0],
    ])
    expect(report.months[1]?.outstandingPaise).toBe(WHITEN + 90_000 + CONSULT - 300_000)
  })

  it.each(['0', '25', 'twelve', '1.5'])(
    'refuses months=%s with a 400 naming months',
    async (months) => {
      const response = await a.owner.get(`/api/v1/billing/reports/trend?months=${months}`)
      expect(response.status).toBe(400)
      expect((await errorOf(response)).field).toBe('months')
    },
  )
})

describe('who may see them', () => {
  it.each(['owner', 'admin', 'accountant'] as Role[])('%s: 200', async (role) => {
    for (const url of [MAY, '/api/v1/billing/reports/trend?months=1']) {
      expect((await a.person(role).client.get(url)).status, url).toBe(200)
    }
  })

  it.each(['receptionist', 'doctor', 'assistant'] as Role[])('%s: 403', async (role) => {
    for (const url of [MAY, '/api/v1/billing/reports/trend?months=1']) {
      expect((await a.person(role).client.get(url)).status, url).toBe(403)
    }
  })

  it('without a session: 401', async () => {
    const response = await t.app.request(MAY)
    expect(response.status).toBe(401)
  })
})
