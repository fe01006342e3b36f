import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import {
  type BillingClinic,
  billingClinic,
  CONSULTATION,
  invoiceOf,
  invoicePath,
  invoicesPath,
  newPatient,
} from './billing-test-helpers.ts'
import { issueInvoice } from './issue-invoice.ts'

let t: TestApp
let clinic: BillingClinic
let patientId = ''

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  clinic = await billingClinic(t)
  patientId = await newPatient(clinic.owner)
}, 120_000)
afterAll(() => t.close())

const ISSUES = 50

/** Issues the draft in its own transaction, then fails, so the transaction rolls back. */
async function issueThenFail(draftId: string): Promise<string> {
  const actor = {
    clinicId: clinic.clinicId,
    userId: clinic.context.userId,
    role: 'owner',
  } as Session
  try {
    await withClinic(t.database.db, clinic.context, async (tx) => {
      await issueInvoice(tx, actor, patientId, draftId, { now: t.clock(), zone: 'Asia/Kolkata' })
      const { rows } = await sql<{ number: string }>`
        SELECT number FROM invoices WHERE id = ${draftId}`.execute(tx)
      throw new Error(`numbered ${rows[0]?.number}, then failed`)
    })
  } catch (error) {
    return (error as Error).message
  }
  return 'committed'
}

describe('gap-free numbering under contention', () => {
  it(`${ISSUES} concurrent issues, one rolled back in the middle: ${ISSUES} distinct consecutive numbers, no gap`, async () => {
    // Staff of every billing role issue at once; the drafts are made first.
    const clients = (['owner', 'admin', 'receptionist', 'accountant'] as const).map(
      (role) => clinic.person(role).client,
    )
    const drafts: string[] = []
    for (let index = 0; index <= ISSUES; index += 1) {
      const draft = await invoiceOf(
        await clinic.owner.post(invoicesPath(patientId), { lines: [CONSULTATION] }),
        201,
      )
      drafts.push(draft.id)
    }
    const failing = drafts.pop() as string
    const half = ISSUES / 2
    const issue = (id: string, index: number) =>
      (clients[index % clients.length] ?? clinic.owner).post(`${invoicePath(patientId, id)}/issue`)
    const first = drafts.slice(0, half).map(issue)
    const failed = issueThenFail(failing)
    const rest = drafts.slice(half).map((id, index) => issue(id, index + half))
    const responses = await Promise.all([...first, ...rest])
    const bodies = await Promise.all(responses.map((response) => invoiceOf(response)))
    // The failed issue had taken a number inside its transaction; the rollback gave it back.
    expect(await failed).toMatch(/^numbered INV\/26-27\/\d{4}, then failed$/)

    const serials = bodies
      .map((invoice) => Number(invoice.number?.split('/')[2]))
      .sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: ISSUES }, (_, index) => index + 1))
    expect(new Set(bodies.map((invoice) => invoice.number)).size).toBe(ISSUES)
    expect(bodies.every((invoice) => invoice.number?.startsWith('INV/26-27/'))).toBe(true)

    const left = await invoiceOf(await clinic.owner.get(invoicePath(patientId, failing)))
    expect(left).toMatchObject({ status: 'draft', number: null })
    const counters = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ kind: string; fy_start_year: number; last_serial: number }>`
        SELECT kind, fy_start_year, last_serial FROM document_counters
        WHERE clinic_id = ${clinic.clinicId}`.execute(tx)
      return rows
    })
    expect(counters).toEqual([{ kind: 'invoice', fy_start_year: 2026, last_serial: ISSUES }])

    // The number it gave back is the next one issued.
    const next = await invoiceOf(
      await clinic.owner.post(`${invoicePath(patientId, failing)}/issue`),
    )
    expect(next.number).toBe(`INV/26-27/00${ISSUES + 1}`)
  }, 120_000)

  it('concurrent issues of the same draft: one number, one 409', async () => {
    const draft = await invoiceOf(
      await clinic.owner.post(invoicesPath(patientId), { lines: [CONSULTATION] }),
      201,
    )
    const path = `${invoicePath(patientId, draft.id)}/issue`
    const answers = await Promise.all([
      clinic.owner.post(path),
      clinic.person('receptionist').client.post(path),
      clinic.person('accountant').client.post(path),
    ])
    expect(answers.map((response) => response.status).sort()).toEqual([200, 409, 409])
    const listed = (await (await clinic.owner.get(invoicesPath(patientId))).json()) as {
      invoices: { number: string | null }[]
    }
    const numbers = listed.invoices.flatMap((row) => (row.number ? [row.number] : []))
    expect(numbers).toHaveLength(ISSUES + 2)
    expect(new Set(numbers).size).toBe(ISSUES + 2)
  })
})

describe('series', () => {
  it('a new clinic has its four series seeded at sign-up', async () => {
    const series = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ kind: string; prefix: string; width: number }>`
        SELECT kind, prefix, width FROM document_series WHERE clinic_id = ${clinic.clinicId}
        ORDER BY kind`.execute(tx)
      return rows
    })
    expect(series).toEqual([
      { kind: 'credit_note', prefix: 'CN', width: 4 },
      { kind: 'invoice', prefix: 'INV', width: 4 },
      { kind: 'receipt', prefix: 'RCT', width: 4 },
      { kind: 'refund', prefix: 'RFD', width: 4 },
    ])
  })

  it("numbers with the clinic's own prefix and width, and refuses when the series is used up", async () => {
    await withClinic(t.database.db, clinic.context, (tx) =>
      sql`UPDATE document_series SET prefix = 'SDC', width = 2 WHERE kind = 'invoice'`.execute(tx),
    )
    const draft = await invoiceOf(
      await clinic.owner.post(invoicesPath(patientId), { lines: [CONSULTATION] }),
      201,
    )
    const issued = await invoiceOf(
      await clinic.owner.post(`${invoicePath(patientId, draft.id)}/issue`),
    )
    // The serial goes on from the INV numbers of the year: a prefix change does not restart it.
    expect(issued.number).toBe(`SDC/26-27/${ISSUES + 3}`)
    await withClinic(t.database.db, clinic.context, (tx) =>
      sql`UPDATE document_counters SET last_serial = 99
          WHERE clinic_id = ${clinic.clinicId} AND fy_start_year = 2026`.execute(tx),
    )
    const another = await invoiceOf(
      await clinic.owner.post(invoicesPath(patientId), { lines: [CONSULTATION] }),
      201,
    )
    const refused = await clinic.owner.post(`${invoicePath(patientId, another.id)}/issue`)
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe(
      'billing.series_exhausted',
    )
    const counter = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ last_serial: number }>`
        SELECT last_serial FROM document_counters
        WHERE clinic_id = ${clinic.clinicId} AND fy_start_year = 2026`.execute(tx)
      return rows[0]?.last_serial
    })
    expect(counter).toBe(99)
  })
})
