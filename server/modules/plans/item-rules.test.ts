import { describe, expect, it } from 'vitest'
import { itemSites, type PlannedProcedure } from './item-rules.ts'

const procedure = (overrides: Partial<PlannedProcedure>): PlannedProcedure => ({
  pricing_model: 'per_tooth',
  price_paise: 100_000,
  dentition: 'any',
  region: 'any',
  surfaces_required: false,
  ...overrides,
})
const ID = '00000000-0000-4000-8000-000000000000'

describe('plan item sites', () => {
  it('makes one item per tooth, with the surface count as the quantity when priced per surface', () => {
    const answer = itemSites(procedure({ pricing_model: 'per_surface', surfaces_required: true }), {
      procedureId: ID,
      teeth: [36, 46],
      surfaces: ['M', 'O', 'D'],
    })
    expect(answer).toEqual({
      sites: [
        { tooth: 36, surfaces: ['M', 'O', 'D'], quadrant: null, arch: null, quantity: 3 },
        { tooth: 46, surfaces: ['M', 'O', 'D'], quadrant: null, arch: null, quantity: 3 },
      ],
    })
  })

  it('applies dentition and region per tooth (FDI 5–8 primary; positions 1–3 anterior)', () => {
    const primaryOnly = procedure({ dentition: 'primary' })
    expect(itemSites(primaryOnly, { procedureId: ID, teeth: [75] })).toHaveProperty('sites')
    expect(itemSites(primaryOnly, { procedureId: ID, teeth: [75, 36] })).toMatchObject({
      refusal: { field: 'teeth', reason: 'plans.tooth_wrong_dentition' },
    })
    const anterior = procedure({ region: 'anterior' })
    expect(itemSites(anterior, { procedureId: ID, teeth: [13, 53] })).toHaveProperty('sites')
    expect(itemSites(anterior, { procedureId: ID, teeth: [14] })).toMatchObject({
      refusal: { field: 'teeth', reason: 'plans.tooth_wrong_region' },
    })
  })

  it('one item on a quadrant, an arch, visits or the whole mouth, refusing what does not apply', () => {
    expect(
      itemSites(procedure({ pricing_model: 'per_quadrant' }), { procedureId: ID, quadrant: 3 }),
    ).toEqual({ sites: [{ tooth: null, surfaces: [], quadrant: 3, arch: null, quantity: 1 }] })
    expect(
      itemSites(procedure({ pricing_model: 'per_visit' }), { procedureId: ID, quantity: 4 }),
    ).toMatchObject({ sites: [{ quantity: 4 }] })
    expect(
      itemSites(procedure({ pricing_model: 'fixed' }), { procedureId: ID, arch: 'upper' }),
    ).toMatchObject({ refusal: { field: 'arch', reason: 'plans.arch_not_allowed' } })
    expect(
      itemSites(procedure({ pricing_model: 'per_arch' }), { procedureId: ID, teeth: [11] }),
    ).toMatchObject({ refusal: { field: 'teeth', reason: 'plans.teeth_not_allowed' } })
  })
})
