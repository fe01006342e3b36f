import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Plan } from '../../../shared/contracts/plans.ts'
import type { TestClient } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import {
  acceptInDatabase,
  itemPath,
  patientOnCareTeam,
  planOf,
  plansClinic,
  plansPath,
} from './plans-test-helpers.ts'

let t: TestApp
let clinic: Awaited<ReturnType<typeof plansClinic>>
const owner = () => clinic.owner
const as = (role: Role) => clinic.person(role).client

interface ChartFinding {
  id: string
  tooth: number
  kind: string
  status: string
  supersededReason: string | null
}
const chartOf = async (patientId: string) => {
  const response = await owner().get(`/api/v1/patients/${patientId}/chart`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { findings: ChartFinding[] }).findings
}
const newPatient = () =>
  patientOnCareTeam(owner(), [clinic.person('doctor'), clinic.person('assistant')])
const newPlan = async (patientId: string, body: object = { title: 'Lower molars' }) =>
  planOf(await as('doctor').post(plansPath(patientId), body), 201)
const addItems = (patientId: string, planId: string, body: object, client?: TestClient) =>
  (client ?? as('doctor')).post(`${plansPath(patientId)}/${planId}/items`, body)
const sitting = (patientId: string, planId: string, itemId: string, body: object) =>
  as('doctor').post(`${itemPath(patientId, planId, itemId)}/sittings`, body)
const itemOn = (plan: Plan, code: string, tooth: number | null = null) => {
  const item = plan.items.find((row) => row.code === code && row.tooth === tooth)
  if (!item) throw new Error(`no ${code} on ${tooth}`)
  return item
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  clinic = await plansClinic(t)
}, 120_000)
afterAll(() => t.close())

describe('treatment plans', () => {
  it('plans an RCT and a zirconia crown on 36 and whitening: one item per tooth, catalogue defaults, GST on whitening only, planned on the chart', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId, { title: 'Restore 36 and 46', note: 'Sensitive to cold' })
    expect(plan).toMatchObject({
      status: 'proposed',
      version: 1,
      revisionOf: null,
      doctorId: clinic.person('doctor').userId,
      items: [],
      progress: { completed: 0, total: 0 },
      acceptance: null,
    })
    const rct = await planOf(
      await addItems(patientId, plan.id, {
        procedureId: clinic.procedure('RCT-M'),
        teeth: [36, 46],
      }),
      201,
    )
    expect(rct.items).toHaveLength(2)
    expect(itemOn(rct, 'RCT-M', 36)).toMatchObject({
      pricingModel: 'per_tooth',
      unitPricePaise: 650_000,
      quantity: 1,
      plannedSittings: 3,
      phase: 'phase_1',
      status: 'proposed',
      taxable: false,
      sacCode: '999312',
    })
    await planOf(
      await addItems(patientId, plan.id, {
        procedureId: clinic.procedure('CRN-ZR'),
        teeth: [36],
        phase: 'phase_2',
        discountPaise: 200_000,
      }),
      201,
    )
    const full = await planOf(
      await addItems(patientId, plan.id, { procedureId: clinic.procedure('WHITEN') }),
      201,
    )
    const whitening = itemOn(full, 'WHITEN')
    // 5% GST (Notification 15/2025-CT(Rate)): ₹18,000 → CGST and SGST ₹450 each.
    expect(whitening).toMatchObject({
      taxable: true,
      gstRateBp: 500,
      cgstPaise: 45_000,
      sgstPaise: 45_000,
    })
    expect(itemOn(full, 'CRN-ZR', 36)).toMatchObject({
      netPaise: 1_000_000,
      cgstPaise: 0,
      totalPaise: 1_000_000,
    })
    expect(full.totals).toEqual({
      subtotalPaise: 650_000 * 2 + 1_200_000 + 1_800_000,
      discountPaise: 200_000,
      taxableValuePaise: 1_800_000,
      exemptValuePaise: 650_000 * 2 + 1_000_000,
      cgstPaise: 45_000,
      sgstPaise: 45_000,
      gstPaise: 90_000,
      totalPaise: 650_000 * 2 + 1_000_000 + 1_800_000 + 90_000,
    })
    // Phase order: phase 1 before phase 2 whatever the order of adding.
    expect(full.items.map((item) => item.phase)).toEqual([
      'phase_1',
      'phase_1',
      'phase_1',
      'phase_2',
    ])
    const planned = (await chartOf(patientId)).filter((finding) => finding.status === 'planned')
    expect(planned.map((finding) => [finding.tooth, finding.kind]).sort()).toEqual([
      [36, 'crown'],
      [36, 'root_canal_treated'],
      [46, 'root_canal_treated'],
    ])
    expect(itemOn(full, 'RCT-M', 36).findingId).toBe(
      planned.find((finding) => finding.tooth === 36 && finding.kind === 'root_canal_treated')?.id,
    )
    expect(whitening.findingId).toBeNull()
    const listed = (await (await as('assistant').get(plansPath(patientId))).json()) as {
      plans: Plan[]
    }
    expect(listed.plans.map((row) => row.id)).toEqual([plan.id])
    expect(listed.plans[0]?.totals).toEqual(full.totals)
  })

  it('completing on some teeth leaves the rest planned: 36 completed on the chart, 46 still planned', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    const added = await planOf(
      await addItems(patientId, plan.id, {
        procedureId: clinic.procedure('RCT-M'),
        teeth: [36, 46],
      }),
      201,
    )
    await acceptInDatabase(t, clinic.ownerContext, plan.id)
    const on36 = itemOn(added, 'RCT-M', 36)
    const first = await planOf(
      await sitting(patientId, plan.id, on36.id, {
        workDone: 'Access opening, working length',
        progressNote: 'Calcium hydroxide dressing',
      }),
      201,
    )
    expect(itemOn(first, 'RCT-M', 36)).toMatchObject({
      status: 'in_progress',
      sittings: [
        {
          sittingNumber: 1,
          performedOn: '2026-12-01',
          doctorId: clinic.person('doctor').userId,
          workDone: 'Access opening, working length',
          progressNote: 'Calcium hydroxide dressing',
        },
      ],
    })
    const done = await planOf(
      await sitting(patientId, plan.id, on36.id, {
        performedOn: '2026-11-30',
        workDone: 'Obturation',
        completesItem: true,
      }),
      201,
    )
    const item36 = itemOn(done, 'RCT-M', 36)
    expect(item36).toMatchObject({ status: 'completed', completedAt: '2026-12-01T04:30:00.000Z' })
    expect(item36.sittings.map((row) => row.sittingNumber)).toEqual([1, 2])
    expect(itemOn(done, 'RCT-M', 46).status).toBe('accepted')
    expect(done).toMatchObject({ status: 'accepted', progress: { completed: 1, total: 2 } })
    const live = await chartOf(patientId)
    expect(live.map((finding) => [finding.tooth, finding.kind, finding.status])).toEqual([
      [36, 'root_canal_treated', 'completed'],
      [46, 'root_canal_treated', 'planned'],
    ])
    expect(item36.findingId).toBe(live[0]?.id)
    // A completed item takes no more sittings.
    const again = await sitting(patientId, plan.id, on36.id, { workDone: 'Review' })
    expect(again.status).toBe(409)
  })

  it('the plan completes when nothing is left: the last item done or cancelled', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    const added = await planOf(
      await addItems(patientId, plan.id, { procedureId: clinic.procedure('EXT'), teeth: [18, 28] }),
      201,
    )
    await acceptInDatabase(t, clinic.ownerContext, plan.id)
    const [first, second] = added.items
    if (!first || !second) throw new Error('two items expected')
    await planOf(
      await sitting(patientId, plan.id, first.id, { workDone: 'Extracted', completesItem: true }),
      201,
    )
    const cancelled = await planOf(
      await as('doctor').post(`${itemPath(patientId, plan.id, second.id)}/cancel`, {}),
    )
    expect(cancelled).toMatchObject({ status: 'completed', progress: { completed: 1, total: 1 } })
    expect(cancelled.items.find((item) => item.id === second.id)?.status).toBe('cancelled')
    expect((await chartOf(patientId)).map((finding) => [finding.tooth, finding.status])).toEqual([
      [18, 'completed'],
    ])
    // Only an accepted, unstarted item is cancelled.
    const twice = await as('doctor').post(`${itemPath(patientId, plan.id, second.id)}/cancel`, {})
    expect(twice.status).toBe(409)
  })

  it('a sitting is refused on a proposed item, in the future, or by a doctor of no standing; nothing changes', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    const added = await planOf(
      await addItems(patientId, plan.id, { procedureId: clinic.procedure('RCT-M'), teeth: [36] }),
      201,
    )
    const itemId = added.items[0]?.id as string
    expect((await sitting(patientId, plan.id, itemId, { workDone: 'Access' })).status).toBe(409)
    await acceptInDatabase(t, clinic.ownerContext, plan.id)
    const future = await sitting(patientId, plan.id, itemId, {
      workDone: 'Access',
      performedOn: '2026-12-02',
    })
    expect(future.status).toBe(400)
    expect(((await future.json()) as { error: { field: string } }).error.field).toBe('performedOn')
    const notDentist = await sitting(patientId, plan.id, itemId, {
      workDone: 'Access',
      doctorId: clinic.person('receptionist').userId,
    })
    expect(notDentist.status).toBe(400)
    expect(((await notDentist.json()) as { error: { field: string } }).error.field).toBe('doctorId')
    const after = await planOf(await owner().get(`${plansPath(patientId)}/${plan.id}`))
    expect(after.items[0]).toMatchObject({ status: 'accepted', sittings: [] })
  })
})

describe('order within a phase', () => {
  it('moves an item up, down and into another phase at a place; the others make room, and the estimate lists them in that order', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    const added = await planOf(
      await addItems(patientId, plan.id, {
        procedureId: clinic.procedure('EXT'),
        teeth: [18, 28, 38, 48],
      }),
      201,
    )
    const id = (tooth: number) => itemOn(added, 'EXT', tooth).id
    const teethIn = (shown: Plan, phase: string) =>
      shown.items.filter((item) => item.phase === phase).map((item) => item.tooth)
    const move = async (tooth: number, body: object) =>
      planOf(await as('doctor').patch(itemPath(patientId, plan.id, id(tooth)), body))

    expect(teethIn(added, 'phase_1')).toEqual([18, 28, 38, 48])
    expect(teethIn(await move(48, { position: 0 }), 'phase_1')).toEqual([48, 18, 28, 38])
    expect(teethIn(await move(48, { position: 2 }), 'phase_1')).toEqual([18, 28, 48, 38])
    // Past the end is last.
    expect(teethIn(await move(18, { position: 999 }), 'phase_1')).toEqual([28, 48, 38, 18])
    // To another phase: last there unless a place is given.
    await move(28, { phase: 'urgent' })
    const moved = await move(38, { phase: 'urgent', position: 0 })
    expect(teethIn(moved, 'urgent')).toEqual([38, 28])
    expect(teethIn(moved, 'phase_1')).toEqual([48, 18])
    // Each phase is numbered 0, 1… again.
    expect(moved.items.map((item) => [item.tooth, item.position])).toEqual([
      [38, 0],
      [28, 1],
      [48, 0],
      [18, 1],
    ])
    const bad = await as('doctor').patch(itemPath(patientId, plan.id, id(18)), { position: -1 })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('position')
  })
})

describe('versions and alternatives', () => {
  it('an accepted plan is frozen: item changes are 409 and the database refuses them too', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    const added = await planOf(
      await addItems(patientId, plan.id, { procedureId: clinic.procedure('CRN-PFM'), teeth: [26] }),
      201,
    )
    const itemId = added.items[0]?.id as string
    // While proposed: price, discount and phase change (dragging between phases).
    const changed = await planOf(
      await as('doctor').patch(itemPath(patientId, plan.id, itemId), {
        unitPricePaise: 500_000,
        discountPaise: 50_000,
        phase: 'urgent',
      }),
    )
    expect(changed.items[0]).toMatchObject({
      unitPricePaise: 500_000,
      discountPaise: 50_000,
      netPaise: 450_000,
      phase: 'urgent',
    })
    await acceptInDatabase(t, clinic.ownerContext, plan.id)
    const answers = [
      await as('doctor').patch(itemPath(patientId, plan.id, itemId), { unitPricePaise: 1 }),
      await as('doctor').delete(itemPath(patientId, plan.id, itemId)),
      await addItems(patientId, plan.id, { procedureId: clinic.procedure('EXT'), teeth: [18] }),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([409, 409, 409])
    expect(
      ((await (answers[0] as Response).json()) as { error: { reason: string; params: object } })
        .error,
    ).toMatchObject({
      reason: 'plans.plan_not_proposed',
      params: { status: 'accepted' },
    })
    const refused = await t.database.asOwner(async (tx) => {
      try {
        await sql`UPDATE treatment_plan_items SET unit_price_paise = 1 WHERE id = ${itemId}`.execute(
          tx,
        )
        return 'changed'
      } catch (error) {
        return (error as { code?: string }).code
      }
    })
    expect(refused).toBe('42501')
    const after = await planOf(await owner().get(`${plansPath(patientId)}/${plan.id}`))
    expect(after.items).toMatchObject([{ unitPricePaise: 500_000, discountPaise: 50_000 }])
  })

  it('revising an accepted plan makes version 2, in the same group, with copies of the items not yet started', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    const added = await planOf(
      await addItems(patientId, plan.id, {
        procedureId: clinic.procedure('RCT-M'),
        teeth: [36, 46],
      }),
      201,
    )
    await acceptInDatabase(t, clinic.ownerContext, plan.id)
    await planOf(
      await sitting(patientId, plan.id, itemOn(added, 'RCT-M', 36).id, { workDone: 'Access' }),
      201,
    )
    const revision = await planOf(
      await as('doctor').post(`${plansPath(patientId)}/${plan.id}/revise`, {}),
      201,
    )
    expect(revision).toMatchObject({
      version: 2,
      revisionOf: plan.id,
      alternativeGroup: plan.alternativeGroup,
      status: 'proposed',
      title: plan.title,
    })
    expect(revision.items.map((item) => [item.tooth, item.status, item.unitPricePaise])).toEqual([
      [46, 'proposed', 650_000],
    ])
    const old = await planOf(await owner().get(`${plansPath(patientId)}/${plan.id}`))
    expect(old.status).toBe('accepted')
    // One new version at a time, and only of an accepted plan.
    const twice = await as('doctor').post(`${plansPath(patientId)}/${plan.id}/revise`, {})
    expect(twice.status).toBe(409)
    const notAccepted = await as('doctor').post(`${plansPath(patientId)}/${revision.id}/revise`, {})
    expect(notAccepted.status).toBe(409)
  })

  it('alternatives share a group; an alternative is made to a proposed plan of the same patient only', async () => {
    const patientId = await newPatient()
    const implant = await newPlan(patientId, { title: 'Implant' })
    const bridge = await newPlan(patientId, { title: 'Bridge', alternativeTo: implant.id })
    expect(bridge.alternativeGroup).toBe(implant.alternativeGroup)
    const third = await newPlan(patientId, { title: 'Unrelated' })
    expect(third.alternativeGroup).not.toBe(implant.alternativeGroup)
    const otherPatient = await newPatient()
    const strangers = await as('doctor').post(plansPath(otherPatient), {
      title: 'x',
      alternativeTo: implant.id,
    })
    expect(strangers.status).toBe(400)
    expect(((await strangers.json()) as { error: { field: string } }).error.field).toBe(
      'alternativeTo',
    )
    await acceptInDatabase(t, clinic.ownerContext, implant.id)
    const toAccepted = await as('doctor').post(plansPath(patientId), {
      title: 'x',
      alternativeTo: implant.id,
    })
    expect(toAccepted.status).toBe(400)
  })

  it('declining, cancelling and deleting take the planned findings off the chart, with the reason not_planned', async () => {
    const patientId = await newPatient()
    const declined = await newPlan(patientId, { title: 'Implant' })
    await addItems(patientId, declined.id, { procedureId: clinic.procedure('IMPL'), teeth: [36] })
    const cancelled = await newPlan(patientId, { title: 'Crown' })
    await addItems(patientId, cancelled.id, { procedureId: clinic.procedure('CRN-M'), teeth: [46] })
    const trimmed = await newPlan(patientId, { title: 'Fillings' })
    const withFilling = await planOf(
      await addItems(patientId, trimmed.id, {
        procedureId: clinic.procedure('COMP'),
        teeth: [11],
        surfaces: ['M', 'I'],
      }),
      201,
    )
    expect(withFilling.items[0]).toMatchObject({
      pricingModel: 'per_surface',
      quantity: 2,
      unitPricePaise: 120_000,
      netPaise: 240_000,
    })
    expect((await chartOf(patientId)).map((finding) => finding.tooth)).toEqual([11, 36, 46])
    const afterDecline = await planOf(
      await as('doctor').post(`${plansPath(patientId)}/${declined.id}/decline`, { reason: 'Cost' }),
    )
    expect(afterDecline).toMatchObject({ status: 'declined', note: 'Cost' })
    expect(afterDecline.items[0]?.status).toBe('declined')
    await acceptInDatabase(t, clinic.ownerContext, cancelled.id)
    const afterCancel = await planOf(
      await as('doctor').post(`${plansPath(patientId)}/${cancelled.id}/cancel`, {}),
    )
    expect(afterCancel.items[0]?.status).toBe('cancelled')
    const afterDelete = await planOf(
      await as('doctor').delete(
        itemPath(patientId, trimmed.id, withFilling.items[0]?.id as string),
      ),
    )
    expect(afterDelete.items).toEqual([])
    expect(await chartOf(patientId)).toEqual([])
    const history = await owner().get(`/api/v1/patients/${patientId}/chart/teeth/36/history`)
    const entries = ((await history.json()) as { entries: ChartFinding[] }).entries
    expect(entries.map((entry) => entry.supersededReason)).toEqual(['not_planned'])
    // Declined is final; declining an accepted plan is not a thing.
    expect(
      (await as('doctor').post(`${plansPath(patientId)}/${declined.id}/decline`, {})).status,
    ).toBe(409)
    expect(
      (await as('doctor').post(`${plansPath(patientId)}/${cancelled.id}/cancel`, {})).status,
    ).toBe(409)
  })

  it('a catalogue price change never alters an existing item', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    await addItems(patientId, plan.id, { procedureId: clinic.procedure('SCALE') })
    const changed = await owner().patch(
      `/api/v1/catalogue/procedures/${clinic.procedure('SCALE')}`,
      {
        pricePaise: 999_900,
      },
    )
    expect(changed.status).toBe(200)
    const after = await planOf(await owner().get(`${plansPath(patientId)}/${plan.id}`))
    expect(after.items[0]).toMatchObject({ code: 'SCALE', unitPricePaise: 150_000 })
    const next = await planOf(
      await addItems(patientId, plan.id, { procedureId: clinic.procedure('SCALE') }),
      201,
    )
    expect(next.items.map((item) => item.unitPricePaise)).toEqual([150_000, 999_900])
  })

  it('changes the title, doctor and note; the doctor must be a dentist of this clinic', async () => {
    const patientId = await newPatient()
    const plan = await newPlan(patientId)
    const changed = await planOf(
      await as('doctor').patch(`${plansPath(patientId)}/${plan.id}`, {
        title: 'Full mouth rehabilitation',
        doctorId: clinic.person('admin').userId,
        note: null,
      }),
    )
    expect(changed).toMatchObject({
      title: 'Full mouth rehabilitation',
      doctorId: clinic.person('admin').userId,
      note: null,
    })
    for (const role of ['assistant', 'receptionist'] as const) {
      const refused = await as('doctor').patch(`${plansPath(patientId)}/${plan.id}`, {
        doctorId: clinic.person(role).userId,
      })
      expect(refused.status, role).toBe(400)
      expect(((await refused.json()) as { error: { field: string } }).error.field).toBe('doctorId')
    }
    const created = await as('doctor').post(plansPath(patientId), {
      title: 'x',
      doctorId: clinic.person('accountant').userId,
    })
    expect(created.status).toBe(400)
  })
})
