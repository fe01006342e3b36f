import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Invoice } from '../../../shared/contracts/billing.ts'
import type { InvoiceListPage } from '../../../shared/contracts/invoice-list.ts'
import { errorOf } from '../../../test/perio-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import {
  type BillingClinic,
  billingClinic,
  CLINIC_GSTIN,
  CONSULTATION,
  draftAndIssue,
  invoiceOf,
  invoicesPath,
  newPatient,
  setGstin,
  WHITENING,
} from './billing-test-helpers.ts'

let t: TestApp
let clinic: BillingClinic
let other: BillingClinic
let meera = ''
let ravi = ''
/** Issued oldest first: a consultation (Nov 2), whitening (Nov 3), a consultation (Nov 4). */
const issued: Invoice[] = []
let draft: Invoice
let otherIssued: Invoice

const LIST = '/api/v1/billing/invoices'
const desk = () => clinic.person('receptionist').client

async function page(query = '', role: 'receptionist' | 'accountant' = 'receptionist') {
  const response = await clinic.person(role).client.get(`${LIST}${query}`)
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(200)
  return body as InvoiceListPage
}

beforeAll(async () => {
  // Sessions outlive the days the clock moves through (a receptionist's shift is not the point).
  t = await createTestApp({ session: { idleMinutes: 7 * 24 * 60, absoluteHours: 7 * 24 } })
  // 10:00 in Kolkata each day, so the clinic's day of issue is the date written here.
  t.clock.set(new Date('2026-11-02T04:30:00Z'))
  clinic = await billingClinic(t)
  other = await billingClinic(t, 'Other Dental')
  await setGstin(t, clinic, CLINIC_GSTIN)
  meera = await newPatient(clinic.owner)
  ravi = await newPatient(clinic.owner, { fullName: 'Ravi Kumar', sex: 'male' })
  issued.push(await draftAndIssue(desk(), meera, [CONSULTATION]))
  t.clock.set(new Date('2026-11-03T04:30:00Z'))
  issued.push(await draftAndIssue(desk(), ravi, [WHITENING]))
  t.clock.set(new Date('2026-11-04T04:30:00Z'))
  issued.push(await draftAndIssue(desk(), meera, [CONSULTATION]))
  t.clock.set(new Date('2026-11-05T04:30:00Z'))
  draft = await invoiceOf(await desk().post(invoicesPath(ravi), { lines: [CONSULTATION] }), 201)
  // Half of the whitening paid.
  const whitening = issued[1] as Invoice
  const paid = await desk().post(`/api/v1/patients/${ravi}/payments`, {
    tenders: [{ mode: 'cash', amountPaise: 945_000 }],
    allocations: [{ invoiceId: whitening.id, amountPaise: 945_000 }],
  })
  expect(paid.status).toBe(201)
  const otherPatient = await newPatient(other.owner)
  otherIssued = await draftAndIssue(other.owner, otherPatient, [CONSULTATION])
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('GET /billing/invoices', () => {
  it('lists the clinic’s invoices newest first with the patient, money and status', async () => {
    const { invoices, nextCursor } = await page()
    expect(nextCursor).toBeNull()
    expect(invoices.map((row) => row.id)).toEqual([
      draft.id,
      (issued[2] as Invoice).id,
      (issued[1] as Invoice).id,
      (issued[0] as Invoice).id,
    ])
    expect(invoices[0]).toMatchObject({
      status: 'draft',
      number: null,
      kind: null,
      date: '2026-11-05',
      issuedAt: null,
      patientId: ravi,
      patientName: 'Ravi Kumar',
      duePaise: 0,
    })
    const whitening = issued[1] as Invoice
    expect(invoices[2]).toMatchObject({
      status: 'issued',
      number: whitening.number,
      kind: whitening.kind,
      date: '2026-11-03',
      patientName: 'Ravi Kumar',
      totalPaise: whitening.totals.totalPaise,
      creditedPaise: 0,
      paidPaise: 945_000,
      duePaise: whitening.totals.totalPaise - 945_000,
    })
    expect(invoices.some((row) => row.id === otherIssued.id)).toBe(false)
  })

  it('gives accountants the patient’s name though they cannot open the record', async () => {
    const { invoices } = await page('?status=issued', 'accountant')
    expect(invoices.map((row) => row.patientName)).toEqual([
      'Meera Iyer',
      'Ravi Kumar',
      'Meera Iyer',
    ])
    const record = await clinic.person('accountant').client.get(`/api/v1/patients/${meera}`)
    expect(record.status).toBe(403)
  })

  it('filters by status, kind, days and number (exact or its beginning)', async () => {
    expect((await page('?status=draft')).invoices.map((row) => row.id)).toEqual([draft.id])
    const kinds = await page(`?kind=${(issued[1] as Invoice).kind}`)
    expect(kinds.invoices.map((row) => row.id)).toContain((issued[1] as Invoice).id)
    expect(kinds.invoices.every((row) => row.kind === (issued[1] as Invoice).kind)).toBe(true)
    const days = await page('?from=2026-11-03&to=2026-11-04')
    expect(days.invoices.map((row) => row.id)).toEqual([
      (issued[2] as Invoice).id,
      (issued[1] as Invoice).id,
    ])
    const number = (issued[0] as Invoice).number as string
    expect(
      (await page(`?number=${encodeURIComponent(number)}`)).invoices.map((row) => row.id),
    ).toEqual([(issued[0] as Invoice).id])
    const prefix = number.slice(0, -1).toLowerCase()
    expect((await page(`?number=${encodeURIComponent(prefix)}`)).invoices).toHaveLength(3)
    expect((await page('?number=ZZZ')).invoices).toEqual([])
  })

  it('pages with a cursor, never repeating or skipping a row', async () => {
    const first = await page('?limit=3')
    expect(first.invoices).toHaveLength(3)
    expect(first.nextCursor).not.toBeNull()
    const second = await page(`?limit=3&cursor=${encodeURIComponent(first.nextCursor as string)}`)
    expect(second.nextCursor).toBeNull()
    expect([...first.invoices, ...second.invoices].map((row) => row.id)).toEqual(
      (await page()).invoices.map((row) => row.id),
    )
    const twoByTwo = await page('?limit=2')
    const rest = await page(`?limit=2&cursor=${encodeURIComponent(twoByTwo.nextCursor as string)}`)
    expect(rest.invoices).toHaveLength(2)
    expect(rest.nextCursor).toBeNull()
  })

  it('is for billing roles: owners, admins, receptionists, accountants; doctors and assistants 403', async () => {
    for (const role of ['owner', 'admin', 'receptionist', 'accountant'] as const) {
      expect((await clinic.person(role).client.get(LIST)).status, role).toBe(200)
    }
    for (const role of ['doctor', 'assistant'] as const) {
      const response = await clinic.person(role).client.get(LIST)
      expect(response.status, role).toBe(403)
    }
  })

  it('never lists another clinic’s invoices', async () => {
    const theirs = (await (await other.owner.get(LIST)).json()) as InvoiceListPage
    expect(theirs.invoices.map((row) => row.id)).toEqual([otherIssued.id])
    const number = otherIssued.number as string
    const ours = await page(`?number=${encodeURIComponent(number)}`)
    expect(ours.invoices.some((row) => row.id === otherIssued.id)).toBe(false)
  })

  it('refuses bad input with 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['?status=void', 'status'],
      ['?kind=receipt', 'kind'],
      ['?from=2026-13-01', 'from'],
      ['?from=2026-11-05&to=2026-11-01', 'to'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?number=%25', 'number'],
      ['?cursor=abc', 'cursor'],
      [`?cursor=${encodeURIComponent(`2026-02-30T00:00:00.000000Z~${draft?.id}`)}`, 'cursor'],
    ]
    for (const [query, field] of cases) {
      const response = await desk().get(`${LIST}${query}`)
      expect(response.status, query).toBe(400)
      expect((await errorOf(response)).field, query).toBe(field)
    }
  })
})
