import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../../shared/contracts/chart.ts'
import {
  checkDraft,
  chooseKind,
  draftOf,
  emptyDraft,
  findingBody,
  selectTooth,
  takesMaterial,
  takesSurfaces,
  toggleSurface,
} from './finding-draft.ts'

describe('charting a finding step by step', () => {
  it('offers only the surfaces the tooth has: O on posteriors, I on anteriors', () => {
    let molar = selectTooth(emptyDraft(), 16)
    molar = toggleSurface(toggleSurface(toggleSurface(molar, 'M'), 'O'), 'I')
    expect(molar.surfaces).toEqual(['M', 'O'])
    let incisor = selectTooth(emptyDraft(), 11)
    incisor = toggleSurface(toggleSurface(incisor, 'O'), 'I')
    expect(incisor.surfaces).toEqual(['I'])
    // Twice is off again.
    expect(toggleSurface(toggleSurface(incisor, 'M'), 'M').surfaces).toEqual(['I'])
  })

  it('drops surfaces and details a finding cannot carry', () => {
    const draft = { ...toggleSurface(selectTooth(emptyDraft(), 46), 'O'), material: 'amalgam' }
    const missing = chooseKind(draft, 'missing')
    expect(missing.surfaces).toEqual([])
    expect(missing.material).toBe('')
    expect(takesSurfaces('missing')).toBe(false)
    expect(takesSurfaces('implant')).toBe(false)
    expect(takesSurfaces(null)).toBe(true)
    expect(takesMaterial('crown')).toBe(true)
    expect(takesMaterial('caries')).toBe(false)
    // Surfaces cannot be picked once the finding takes none.
    expect(toggleSurface(missing, 'M').surfaces).toEqual([])
  })

  it('keeps the status for the next tooth and starts its finding afresh', () => {
    const planned = {
      ...chooseKind(selectTooth(emptyDraft(), 16), 'caries'),
      status: 'planned' as const,
    }
    const next = selectTooth(planned, 17)
    expect(next).toEqual({ ...emptyDraft(17), status: 'planned' })
  })

  it('checks the draft by the API’s own rules, naming the field', () => {
    const noSurface = chooseKind(selectTooth(emptyDraft(), 16), 'caries')
    expect(checkDraft(noSurface).issues).toEqual([
      { field: 'surfaces', reason: 'chart.surfaces_required', params: {} },
    ])
    const mobility = chooseKind(selectTooth(emptyDraft(), 31), 'mobility')
    expect(checkDraft(mobility).issues?.[0]).toMatchObject({
      field: 'mobilityGrade',
      reason: 'chart.mobility_grade_required',
    })
    expect(checkDraft(selectTooth(emptyDraft(), 31)).issues?.[0]?.field).toBe('kind')
    const caries = toggleSurface(toggleSurface(noSurface, 'M'), 'O')
    expect(checkDraft(caries).body).toEqual({
      tooth: 16,
      kind: 'caries',
      surfaces: ['M', 'O'],
      status: 'existing',
    })
  })

  it('sends completed as planned (the API completes it in a second step) and numbers as numbers', () => {
    const draft = {
      ...chooseKind(selectTooth(emptyDraft(), 31), 'mobility'),
      mobilityGrade: '2',
      status: 'completed' as const,
    }
    expect(findingBody(draft)).toEqual({
      tooth: 31,
      kind: 'mobility',
      mobilityGrade: 2,
      status: 'planned',
    })
    expect(checkDraft(draft).body?.status).toBe('planned')
  })

  it('turns a live finding back into a draft to correct it', () => {
    const finding: Finding = {
      id: '00000000-0000-4000-8000-000000000001',
      tooth: 36,
      kind: 'crown',
      surfaces: [],
      material: 'zirconia',
      mobilityGrade: null,
      recessionMm: null,
      status: 'planned',
      note: 'Shade A2',
      recordedAt: '2026-12-01T05:00:00.000Z',
      recordedBy: 'Dr. Asha Rao',
      completedAt: null,
      completedBy: null,
      supersedesId: null,
      supersededAt: null,
      supersededBy: null,
      supersededReason: null,
    }
    expect(checkDraft(draftOf(finding)).body).toEqual({
      tooth: 36,
      kind: 'crown',
      material: 'zirconia',
      status: 'planned',
      note: 'Shade A2',
    })
  })
})
