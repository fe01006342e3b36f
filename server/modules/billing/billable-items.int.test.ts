import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BillableItemList } from '../../../shared/contracts/billable-items.ts'
import type { Plan } from '../../../shared/contracts/plans.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import {
  type BillingClinic,
  billingClinic,
  CLINIC_GSTIN,
  invoiceOf,
  invoicePath,
  invoicesPath,
  newPatient,
  setGstin,
} from './billing-test-helpers.ts'

let t: TestApp
let clinic: BillingClinic
let patientId = ''
let rctItem = ''
let whiteningItem = ''

const billablePath = (patient: string) => `/api/v1/patients/${patient}/billable-items`

beforeAll(async () => {
  t = await createTestApp()
  clinic = await billingClinic(t)
  await setGstin(t, clinic, CLINIC_GSTIN)
  patientId = await newPatient(clinic.owner)
  const owner = clinic.owner
  const catalogue = (await (await owner.get('/api/v1/catalogue/procedures')).json()) as {
    procedures: { id: string; code: string }[]
  }
  const procedure = (code: string) => catalogue.procedures.find((row) => row.code === code)?.id
  const plan = (await (
    await owner.post(`/api/v1/patients/${patientId}/plans`, { title: 'Restore 36, whiten' })
  ).json()) as Plan
  const plansPath = `/api/v1/patients/${patientId}/plans/${plan.id}`
  expect(
    (await owner.post(`${plansPath}/items`, { procedureId: procedure('RCT-M'), teeth: [36] }))
      .status,
  ).toBe(201)
  const withItems = (await (
    await owner.post(`${plansPath}/items`, { procedureId: procedure('WHITEN') })
  ).json()) as Plan
  rctItem = withItems.items.find((item) => item.code === 'RCT-M')?.id ?? ''
  whiteningItem = withItems.items.find((item) => item.code === 'WHITEN')?.id ?? ''
  await withClinic(t.database.db, clinic.context, async (tx) => {
    await sql`UPDATE treatment_plan_items SET status = 'accepted' WHERE plan_id = ${plan.id}`.execute(
      tx,
    )
    await sql`UPDATE treatment_plans SET status = 'accepted' WHERE id = ${plan.id}`.execute(tx)
  })
  const sitting = await owner.post(`${plansPath}/items/${rctItem}/sittings`, {
    workDone: 'Obturation',
    completesItem: true,
  })
  expect(sitting.status).toBe(201)
}, 120_000)
afterAll(() => t.close())

const itemsOf = async (response: Response) => {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(200)
  return (body as BillableItemList).items
}

describe('billable items', () => {
  it('the receptionist sees the completed item, with what a bill needs and nothing clinical', async () => {
    const response = await clinic.person('receptionist').client.get(billablePath(patientId))
    const items = await itemsOf(response.clone())
    expect(((await response.json()) as BillableItemList).supplierRegistered).toBe(true)
    expect(items).toHaveLength(1)
    const [item] = items
    expect(item).toMatchObject({
      id: rctItem,
      code: 'RCT-M',
      tooth: 36,
      sacCode: '999312',
      taxable: false,
      gstRateBp: 0,
      quantity: 1,
    })
    expect(item?.description).toContain('(tooth 36)')
    expect(item?.valuePaise).toBe((item?.unitPricePaise ?? 0) - (item?.discountPaise ?? 0))
    expect(item?.doctorName.length).toBeGreaterThan(0)
    expect(Number.isNaN(Date.parse(item?.completedAt ?? ''))).toBe(false)
    // Not completed: the whitening is not billable yet.
    expect(items.map((row) => row.id)).not.toContain(whiteningItem)
    // Billing particulars only: the sitting's work done never travels.
    expect(JSON.stringify(items)).not.toContain('Obturation')
  })

  it('the accountant, admin and owner see it too', async () => {
    for (const role of ['accountant', 'admin', 'owner'] as const) {
      expect(
        await itemsOf(await clinic.person(role).client.get(billablePath(patientId))),
      ).toHaveLength(1)
    }
  })

  it('doctors and assistants get 403 (no billing)', async () => {
    for (const role of ['doctor', 'assistant'] as const) {
      expect((await clinic.person(role).client.get(billablePath(patientId))).status).toBe(403)
    }
  })

  it('an item on a draft is no longer billable; deleting the draft makes it billable again', async () => {
    const receptionist = clinic.person('receptionist').client
    const draft = await invoiceOf(
      await receptionist.post(invoicesPath(patientId), { planItemIds: [rctItem] }),
      201,
    )
    expect(await itemsOf(await receptionist.get(billablePath(patientId)))).toEqual([])
    expect((await receptionist.delete(invoicePath(patientId, draft.id))).status).toBe(204)
    expect(await itemsOf(await receptionist.get(billablePath(patientId)))).toHaveLength(1)
  })

  it('another clinic gets 404 for this patient and sees none of its items', async () => {
    const other = await billingClinic(t, 'Other Dental')
    const response = await other.person('receptionist').client.get(billablePath(patientId))
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(rctItem)
    const theirs = await newPatient(other.owner)
    const answer = await other.owner.get(billablePath(theirs))
    expect(await itemsOf(answer.clone())).toEqual([])
    // No GSTIN: the screen must not charge GST (CGST Act s.9, s.31(3)(c)).
    expect(((await answer.json()) as BillableItemList).supplierRegistered).toBe(false)
  })

  it('an unknown patient is a 404, a malformed id a 400', async () => {
    const owner = clinic.owner
    expect((await owner.get(billablePath('00000000-0000-4000-8000-000000000000'))).status).toBe(404)
    expect((await owner.get(billablePath('not-a-uuid'))).status).toBe(400)
  })
})
