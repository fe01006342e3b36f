import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { patientOnCareTeam, planOf, plansClinic, plansPath } from './plans-test-helpers.ts'

let t: TestApp
let clinic: Awaited<ReturnType<typeof plansClinic>>
let patientId = ''
let planId = ''

const countItems = () =>
  withClinic(t.database.db, clinic.ownerContext, async (tx) => {
    const { rows } = await sql<{ n: number; findings: number }>`
      SELECT (SELECT count(*)::int FROM treatment_plan_items WHERE patient_id = ${patientId}) AS n,
             (SELECT count(*)::int FROM dental_findings WHERE patient_id = ${patientId}) AS findings`.execute(
      tx,
    )
    return rows[0]
  })

const refusal = async (body: Record<string, unknown>) => {
  const response = await clinic
    .person('doctor')
    .client.post(`${plansPath(patientId)}/${planId}/items`, body)
  const answer = (await response.json()) as { error?: { field?: string; reason?: string } }
  return { status: response.status, field: answer.error?.field, reason: answer.error?.reason }
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  clinic = await plansClinic(t)
  patientId = await patientOnCareTeam(clinic.owner, [clinic.person('doctor')])
  const plan = await planOf(
    await clinic.person('doctor').client.post(plansPath(patientId), { title: 'Rules' }),
    201,
  )
  planId = plan.id
}, 120_000)
afterAll(() => t.close())

describe('bad plan items: a 400 naming the field, and nothing changes', () => {
  it.each([
    [
      'an anterior RCT on a molar',
      { code: 'RCT-A', teeth: [36] },
      'teeth',
      'plans.tooth_wrong_region',
    ],
    [
      'a molar RCT on an incisor',
      { code: 'RCT-M', teeth: [11] },
      'teeth',
      'plans.tooth_wrong_region',
    ],
    [
      'a pulpotomy on a permanent tooth',
      { code: 'PULPT', teeth: [36] },
      'teeth',
      'plans.tooth_wrong_dentition',
    ],
    [
      'a zirconia crown on a primary tooth',
      { code: 'CRN-ZR', teeth: [75] },
      'teeth',
      'plans.tooth_wrong_dentition',
    ],
    ['a per-tooth procedure without teeth', { code: 'RCT-M' }, 'teeth', 'plans.teeth_required'],
    ['the same tooth twice', { code: 'EXT', teeth: [18, 18] }, 'teeth', 'plans.teeth_repeated'],
    [
      'teeth for a fixed-price procedure',
      { code: 'SCALE', teeth: [11] },
      'teeth',
      'plans.teeth_not_allowed',
    ],
    [
      'a filling without surfaces',
      { code: 'COMP', teeth: [36] },
      'surfaces',
      'plans.surfaces_required',
    ],
    [
      'an occlusal surface on an incisor',
      { code: 'COMP', teeth: [11], surfaces: ['O'] },
      'surfaces',
      'chart.surface_not_on_tooth',
    ],
    [
      'an incisal surface on a molar',
      { code: 'GIC', teeth: [36, 46], surfaces: ['I'] },
      'surfaces',
      'chart.surface_not_on_tooth',
    ],
    [
      'a surface twice',
      { code: 'COMP', teeth: [36], surfaces: ['M', 'M'] },
      'surfaces',
      'chart.surface_repeated',
    ],
    [
      'surfaces on a crown',
      { code: 'CRN-M', teeth: [36], surfaces: ['O'] },
      'surfaces',
      'plans.surfaces_not_allowed',
    ],
    [
      'a per-quadrant procedure without a quadrant',
      { code: 'SRP' },
      'quadrant',
      'plans.quadrant_required',
    ],
    [
      'a quadrant on a per-arch procedure',
      { code: 'CD', arch: 'upper', quadrant: 1 },
      'quadrant',
      'plans.quadrant_not_allowed',
    ],
    ['a per-arch procedure without an arch', { code: 'CD' }, 'arch', 'plans.arch_required'],
    [
      'a visit count on a fixed procedure',
      { code: 'WHITEN', quantity: 2 },
      'quantity',
      'plans.quantity_not_allowed',
    ],
    [
      'a discount above the price',
      { code: 'EXT', teeth: [18], discountPaise: 100_001 },
      'discountPaise',
      'plans.discount_above_price',
    ],
    [
      'a discount above a chosen price',
      { code: 'EXT', teeth: [18], unitPricePaise: 5_000, discountPaise: 5_001 },
      'discountPaise',
      'plans.discount_above_price',
    ],
  ])('%s', async (_name, { code, ...rest }, field, reason) => {
    const before = await countItems()
    expect(await refusal({ procedureId: clinic.procedure(code), ...rest })).toEqual({
      status: 400,
      field,
      reason,
    })
    expect(await countItems()).toEqual(before)
  })

  it.each([
    ['negative', -1],
    ['not whole', 10.5],
    ['a string', '100'],
    ['above ₹1 crore', 1_000_000_001],
  ])('a price that is %s', async (_name, unitPricePaise) => {
    const answer = await refusal({
      procedureId: clinic.procedure('EXT'),
      teeth: [18],
      unitPricePaise,
    })
    expect(answer).toMatchObject({ status: 400, field: 'unitPricePaise' })
  })

  it('an unknown procedure, and an archived one', async () => {
    const before = await countItems()
    expect(
      await refusal({ procedureId: '00000000-0000-4000-8000-000000000000', teeth: [18] }),
    ).toEqual({
      status: 400,
      field: 'procedureId',
      reason: 'plans.procedure_unknown',
    })
    const archived = await clinic.owner.patch(
      `/api/v1/catalogue/procedures/${clinic.procedure('EXT-S')}`,
      {
        isArchived: true,
      },
    )
    expect(archived.status).toBe(200)
    expect(await refusal({ procedureId: clinic.procedure('EXT-S'), teeth: [18] })).toEqual({
      status: 400,
      field: 'procedureId',
      reason: 'plans.procedure_archived',
    })
    expect(await countItems()).toEqual(before)
  })

  it('a good item after all that: a GIC filling on 36 and 46 priced per surface', async () => {
    const plan = await planOf(
      await clinic.person('doctor').client.post(`${plansPath(patientId)}/${planId}/items`, {
        procedureId: clinic.procedure('GIC'),
        teeth: [36, 46],
        surfaces: ['M', 'O', 'D'],
        discountPaise: 10_000,
      }),
      201,
    )
    expect(plan.items.map((item) => [item.tooth, item.quantity, item.netPaise])).toEqual([
      [36, 3, 170_000],
      [46, 3, 170_000],
    ])
  })
})
