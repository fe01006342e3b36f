import { describe, expect, it } from 'vitest'
import type { Plan, PlanItem } from '../../../../shared/contracts/plans.ts'
import { catalogues } from '../../i18n/messages.ts'
import { percent } from './item-row.tsx'
import { alternativeGroups, itemsByPhase, siteOf } from './plan-view.ts'

const t = (key: keyof typeof catalogues.en, values: Record<string, string> = {}) =>
  catalogues.en[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')

const item = (patch: Partial<PlanItem>): PlanItem =>
  ({
    id: crypto.randomUUID(),
    tooth: null,
    surfaces: [],
    quadrant: null,
    arch: null,
    phase: 'phase_1',
    position: 0,
    ...patch,
  }) as PlanItem

describe('how the plan screens arrange a plan', () => {
  it('says where an item is: tooth and surfaces, quadrant, arch or the whole mouth', () => {
    expect(siteOf(item({ tooth: 36, surfaces: ['O', 'M'] }), t)).toBe('36 MO')
    expect(siteOf(item({ tooth: 11 }), t)).toBe('11')
    expect(siteOf(item({ quadrant: 2 }), t)).toBe('Quadrant 2')
    expect(siteOf(item({ arch: 'lower' }), t)).toBe('Lower arch')
    expect(siteOf(item({}), t)).toBe('Whole mouth')
  })

  it('lists every phase in clinical order, each by position', () => {
    const late = item({ phase: 'phase_1', position: 2 })
    const early = item({ phase: 'phase_1', position: 1 })
    const urgent = item({ phase: 'urgent' })
    const phases = itemsByPhase([late, urgent, early])
    expect(phases.map((phase) => phase.phase)).toEqual([
      'urgent',
      'phase_1',
      'phase_2',
      'phase_3',
      'maintenance',
    ])
    expect(phases[0]?.items).toEqual([urgent])
    expect(phases[1]?.items).toEqual([early, late])
  })

  it('puts alternatives of one group together, oldest first', () => {
    const plan = (group: string, createdAt: string) =>
      ({ id: crypto.randomUUID(), alternativeGroup: group, createdAt }) as Plan
    const bridge = plan('a', '2026-01-02T00:00:00Z')
    const implant = plan('a', '2026-01-01T00:00:00Z')
    const scaling = plan('b', '2026-01-03T00:00:00Z')
    expect(alternativeGroups([bridge, scaling, implant])).toEqual([[implant, bridge], [scaling]])
  })

  it('writes GST rates from basis points without floating point', () => {
    expect(percent(500)).toBe('5')
    expect(percent(1800)).toBe('18')
    expect(percent(1250)).toBe('12.5')
    expect(percent(25)).toBe('0.25')
  })
})
