import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DayEnd, Outstanding } from '../../../shared/contracts/collection-reports.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import {
  CONSULTATION,
  invoiceOf,
  invoicePath,
  invoicesPath,
  newPatient,
  type ReportsClinic,
  reportsClinic,
} from './reports-test-helpers.ts'

/**
 * Day-end collection and outstanding with ageing (issue #12 item 7) through HTTP into the
 * database. Clinic A issues ₹500 consultations on days chosen around the ageing boundaries and
 * takes money at the desk on 15 April 2026; days are the clinic's (Asia/Kolkata), so the small
 * hours there are still the previous day in UTC. Clinic B's money is never counted.
 */

let t: TestApp
let a: ReportsClinic
let b: ReportsClinic
let meera = ''
let ravi = ''
let asha = ''
const invoices: Record<string, string> = {}

/** A moment in India, written as its UTC instant (IST is UTC+05:30). */
const ist = (date: string, time: string) => new Date(`${date}T${time}:00+05:30`)

const DAY_END = '/api/v1/billing/reports/day-end'
const OUTSTANDING = '/api/v1/billing/reports/outstanding'

async function issueConsultation(clinic: ReportsClinic, patientId: string, at: Date) {
  t.clock.set(at)
  const draft = await invoiceOf(
    await clinic.owner.post(invoicesPath(patientId), { lines: [CONSULTATION] }),
    201,
  )
  const issued = await invoiceOf(
    await clinic.owner.post(`${invoicePath(patientId, draft.id)}/issue`),
  )
  return issued.id
}

async function pay(
  clinic: ReportsClinic,
  role: Role,
  patientId: string,
  body: Record<string, unknown>,
) {
  const response = await clinic
    .person(role)
    .client.post(`/api/v1/patients/${patientId}/payments`, body)
  expect(response.status, await response.clone().text()).toBe(201)
}

const dayEndOf = async (role: Role, date?: string): Promise<DayEnd> => {
  const response = await a.person(role).client.get(date ? `${DAY_END}?date=${date}` : DAY_END)
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as DayEnd
}
const outstandingOf = async (clinic: ReportsClinic): Promise<Outstanding> => {
  const response = await clinic.owner.get(OUTSTANDING)
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Outstanding
}

beforeAll(async () => {
  // Staff stay signed in while the clock walks from January to April (the session limits are
  // tested in the auth module); the clinic's days are what this file is about.
  t = await createTestApp({ session: { idleMinutes: 60 * 24 * 200, absoluteHours: 24 * 200 } })
  t.clock.set(ist('2026-01-01', '10:00'))
  a = await reportsClinic(t, 'Clinic A')
  b = await reportsClinic(t, 'Clinic B')
  meera = await newPatient(a.owner)
  const raviResponse = await a.owner.post('/api/v1/patients', {
    fullName: 'Ravi Menon',
    ageYears: 58,
    sex: 'male',
  })
  ravi = ((await raviResponse.json()) as { id: string }).id
  const ashaResponse = await a.owner.post('/api/v1/patients', {
    fullName: 'Asha Rao',
    ageYears: 30,
    sex: 'female',
  })
  asha = ((await ashaResponse.json()) as { id: string }).id

  // Meera: one invoice in each ageing bucket as seen on 15 April 2026.
  invoices.over90 = await issueConsultation(a, meera, ist('2026-01-01', '10:00')) // 104 days
  invoices.days61to90 = await issueConsultation(a, meera, ist('2026-02-05', '10:00')) // 69 days
  invoices.days31to60 = await issueConsultation(a, meera, ist('2026-03-10', '10:00')) // 36 days
  // 00:10 on 16 March in India is still 15 March in UTC: 30 days by the clinic's calendar
  // (0–30), 31 by UTC's.
  invoices.day30 = await issueConsultation(a, meera, ist('2026-03-16', '00:10'))
  // Ravi: paid in part, then credited, then one paid in full.
  invoices.raviPart = await issueConsultation(a, ravi, ist('2026-04-01', '11:00'))
  invoices.raviCredited = await issueConsultation(a, ravi, ist('2026-04-02', '11:00'))
  invoices.raviPaid = await issueConsultation(a, ravi, ist('2026-04-03', '11:00'))
  const credited = await invoiceOf(await a.owner.get(invoicePath(ravi, invoices.raviCredited)))
  const credit = await a.owner.post(`${invoicePath(ravi, invoices.raviCredited)}/credit-notes`, {
    reason: 'discount',
    lines: [{ invoiceLineId: credited.lines[0]?.id, amountPaise: 20_000 }],
  })
  expect(credit.status, await credit.clone().text()).toBe(201)

  // 15 April at the desk: the receptionist takes ₹150 by UPI and ₹150 in cash on Ravi's first
  // invoice, then ₹500 cash for the third; the accountant takes a ₹1,000 advance by card from
  // Asha, who has no invoice yet, and refunds ₹400 of it in cash.
  t.clock.set(ist('2026-04-15', '10:00'))
  await pay(a, 'receptionist', ravi, {
    tenders: [
      { mode: 'upi', amountPaise: 15_000, reference: '412345678901' },
      { mode: 'cash', amountPaise: 15_000 },
    ],
    allocations: [{ invoiceId: invoices.raviPart, amountPaise: 30_000 }],
  })
  await pay(a, 'receptionist', ravi, {
    tenders: [{ mode: 'cash', amountPaise: 50_000 }],
    allocations: [{ invoiceId: invoices.raviPaid, amountPaise: 50_000 }],
  })
  await pay(a, 'accountant', asha, {
    tenders: [{ mode: 'card', amountPaise: 100_000, reference: '4242' }],
    advance: true,
  })
  const refund = await a.person('accountant').client.post(`/api/v1/patients/${asha}/refunds`, {
    amountPaise: 40_000,
    mode: 'cash',
    reason: 'Advance not needed in full',
  })
  expect(refund.status, await refund.clone().text()).toBe(201)
  // 00:10 on 16 April in India (18:40Z on the 15th): the next clinic day.
  t.clock.set(ist('2026-04-16', '00:10'))
  await pay(a, 'owner', ravi, {
    tenders: [{ mode: 'cash', amountPaise: 10_000 }],
    allocations: [{ invoiceId: invoices.raviPart, amountPaise: 10_000 }],
  })
  // Clinic B takes money the same day; A never sees it.
  const bPatient = await newPatient(b.owner)
  t.clock.set(ist('2026-04-15', '12:00'))
  const bInvoice = await issueConsultation(b, bPatient, ist('2026-04-15', '12:00'))
  await pay(b, 'owner', bPatient, {
    tenders: [{ mode: 'cash', amountPaise: 50_000 }],
    allocations: [{ invoiceId: bInvoice, amountPaise: 50_000 }],
  })
  t.clock.set(ist('2026-04-16', '09:00'))
})

afterAll(async () => {
  await t?.close()
})

describe('day-end collection', () => {
  it('adds up 15 April by mode and by person, less refunds, in the clinic time zone', async () => {
    const day = await dayEndOf('accountant', '2026-04-15')
    expect(day.byMode).toEqual([
      { mode: 'cash', receivedPaise: 65_000, refundedPaise: 40_000, netPaise: 25_000 },
      { mode: 'upi', receivedPaise: 15_000, refundedPaise: 0, netPaise: 15_000 },
      { mode: 'card', receivedPaise: 100_000, refundedPaise: 0, netPaise: 100_000 },
    ])
    expect(day).toMatchObject({
      date: '2026-04-15',
      receipts: 3,
      receivedPaise: 180_000,
      refunds: 1,
      refundedPaise: 40_000,
      netPaise: 140_000,
      invoicesIssued: 0,
      creditNotesIssued: 0,
    })
    const byUser = Object.fromEntries(day.byUser.map((row) => [row.userId, row]))
    expect(byUser[a.person('receptionist').userId]).toMatchObject({
      receipts: 2,
      receivedPaise: 80_000,
      refundedPaise: 0,
    })
    expect(byUser[a.person('accountant').userId]).toMatchObject({
      receipts: 1,
      receivedPaise: 100_000,
      refundedPaise: 40_000,
    })
    // The owner's ₹100 at 00:10 on the 16th belongs to the 16th, although UTC says the 15th.
    expect(byUser[a.context.userId]).toBeUndefined()
  })

  it('gives today when no date is sent, with the small hours of the day', async () => {
    const today = await dayEndOf('owner')
    expect(today.date).toBe('2026-04-16')
    expect(today.byMode).toEqual([
      { mode: 'cash', receivedPaise: 10_000, refundedPaise: 0, netPaise: 10_000 },
    ])
  })

  it('counts the invoices and credit notes issued that day (3 April: Ravi’s third and the credit)', async () => {
    const day = await dayEndOf('admin', '2026-04-03')
    expect(day).toMatchObject({
      invoicesIssued: 1,
      invoicedPaise: 50_000,
      creditNotesIssued: 1,
      creditedPaise: 20_000,
      receipts: 0,
      byMode: [],
    })
  })
})

describe('outstanding', () => {
  it('ages each invoice by the clinic calendar, net of credit notes and payments', async () => {
    t.clock.set(ist('2026-04-15', '12:00'))
    const owed = await outstandingOf(a)
    expect(owed.asOf).toBe('2026-04-15')
    expect(owed.buckets).toEqual([
      // Meera's invoice of 16 March (30 days) and Ravi's two: ₹500 less ₹300 paid on the 15th
      // and ₹100 paid early on the 16th (what is owed now, whenever it is asked); ₹500 less
      // ₹200 credited.
      { bucket: '0-30', duePaise: 50_000 + 10_000 + 30_000 },
      { bucket: '31-60', duePaise: 50_000 },
      { bucket: '61-90', duePaise: 50_000 },
      { bucket: '90+', duePaise: 50_000 },
    ])
    expect(owed.totalPaise).toBe(240_000)
    // Meera first: her oldest invoice is the oldest. Ravi's paid invoice is not counted.
    expect(owed.patients.map((row) => [row.patientId, row.invoices, row.duePaise])).toEqual([
      [meera, 4, 200_000],
      [ravi, 2, 40_000],
    ])
    expect(owed.patients[0]).toMatchObject({ name: 'Meera Iyer', oldestIssuedOn: '2026-01-01' })
    expect(owed.patients[1]?.name).toBe('Ravi Menon')
    t.clock.set(ist('2026-04-16', '09:00'))
  })

  it('takes the next morning’s payment off and moves the 30-day invoice on a day', async () => {
    const owed = await outstandingOf(a)
    expect(owed.asOf).toBe('2026-04-16')
    expect(owed.buckets).toEqual([
      // Meera's invoice of 16 March is now 31 days old; Ravi's two are as they were.
      { bucket: '0-30', duePaise: 10_000 + 30_000 },
      { bucket: '31-60', duePaise: 50_000 + 50_000 },
      { bucket: '61-90', duePaise: 50_000 },
      { bucket: '90+', duePaise: 50_000 },
    ])
  })

  it('is clinic B’s own', async () => {
    const owed = await outstandingOf(b)
    expect(owed).toMatchObject({ totalPaise: 0, patients: [] })
    const response = await b.owner.get(`${DAY_END}?date=2026-04-15`)
    const day = (await response.json()) as DayEnd
    expect(day.byMode).toEqual([
      { mode: 'cash', receivedPaise: 50_000, refundedPaise: 0, netPaise: 50_000 },
    ])
  })
})

describe('who may see the collection reports', () => {
  it.each(['owner', 'admin', 'accountant'] as Role[])('%s: allowed', async (role) => {
    for (const url of [DAY_END, OUTSTANDING]) {
      expect((await a.person(role).client.get(url)).status, url).toBe(200)
    }
  })

  it.each(['receptionist', 'doctor', 'assistant'] as Role[])('%s: 403', async (role) => {
    for (const url of [DAY_END, OUTSTANDING]) {
      expect((await a.person(role).client.get(url)).status, url).toBe(403)
    }
  })

  it('a malformed or impossible day is a 400 naming date', async () => {
    for (const date of ['15-04-2026', '2026-02-30', '1999-01-01', "2026-04-15'"]) {
      const response = await a.owner.get(`${DAY_END}?date=${encodeURIComponent(date)}`)
      expect(response.status, date).toBe(400)
      const body = (await response.json()) as { error: { field?: string; issues?: unknown[] } }
      expect(JSON.stringify(body.error), date).toContain('date')
    }
  })
})
