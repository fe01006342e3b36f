import { describe, expect, it } from 'vitest'
import { PERIO_SITES } from './fdi.ts'
import { suggestStageAndGrade } from './perio-staging.ts'
import { calAt, type PerioSiteMeasure, summarisePerio } from './perio-summary.ts'

function site(tooth: number, index: number, patch: Partial<PerioSiteMeasure> = {}) {
  return {
    tooth,
    site: PERIO_SITES[index],
    ppd: 2,
    recession: 0,
    bleeding: false,
    suppuration: false,
    plaque: false,
    ...patch,
  } as PerioSiteMeasure
}

describe('perio summary', () => {
  // Four teeth: 16 present, 11 present, 21 missing, 36 an implant (not counted by default).
  const teeth = [
    { tooth: 16, missing: false, implant: false, mobility: 1, furcation: 2 },
    { tooth: 11, missing: false, implant: false, mobility: 0, furcation: null },
    { tooth: 21, missing: true, implant: false, mobility: null, furcation: null },
    { tooth: 36, missing: false, implant: true, mobility: null, furcation: null },
  ]
  const sites = [
    ...[0, 1, 2, 3, 4, 5].map((i) => site(16, i)),
    ...[0, 1, 2, 3, 4, 5].map((i) => site(11, i)),
    ...[0, 1, 2, 3, 4, 5].map((i) => site(36, i, { ppd: 9, bleeding: true })),
  ]
  sites[0] = site(16, 0, { ppd: 6, recession: 2, bleeding: true }) // DB: CAL 8, interdental
  sites[1] = site(16, 1, { ppd: 4, recession: 5, bleeding: true, plaque: true }) // B: CAL 9, buccal
  sites[8] = site(11, 2, { ppd: 5, recession: -1, plaque: true }) // MB: CAL 4
  sites[9] = site(11, 3, { ppd: null, recession: null }) // DL not probed

  it('counts a known exam', () => {
    const summary = summarisePerio({ teeth, sites, includeImplants: false })
    expect(summary).toEqual({
      teethPresent: 2,
      sitesProbed: 11,
      bleedingOnProbingPercent: 18.2, // 2 of 11
      plaquePercent: 18.2,
      sitesPpd4OrMore: 3,
      sitesPpd6OrMore: 1,
      maxPpd: 6,
      worstInterdentalCal: { tooth: 16, site: 'DB', cal: 8 },
      maxFurcation: 2,
      maxMobility: 1,
    })
  })

  it('counts implants only when the exam says so', () => {
    const summary = summarisePerio({ teeth, sites, includeImplants: true })
    expect(summary.sitesProbed).toBe(17)
    expect(summary.sitesPpd6OrMore).toBe(7)
    expect(summary.teethPresent).toBe(2)
  })

  it('computes CAL from PPD and recession, coronal margins included', () => {
    expect(calAt({ ppd: 5, recession: -2 })).toBe(3)
    expect(calAt({ ppd: 5, recession: null })).toBeNull()
  })
})

const healthyHistory = { cigarettesPerDay: 0, diabetes: false, hba1c: null }
const noComplexity = {
  teethLostToPeriodontitis: 0,
  verticalBoneLoss3mm: false,
  masticatoryDysfunction: false,
  maxFurcation: null,
  maxMobility: 0,
  remainingTeeth: 28,
}

describe('2017 staging and grading (textbook cases)', () => {
  it('stage I grade A: CAL 2 mm, PPD 4, 10 % bone loss at 50', () => {
    const result = suggestStageAndGrade({
      worstInterdentalCal: 2,
      maxPpd: 4,
      ...noComplexity,
      boneLossPercent: 10,
      age: 50,
      ...healthyHistory,
    })
    expect(result).toMatchObject({ suggestion: true, stage: 'I', grade: 'A', missing: [] })
    expect(result.stageFinal && result.gradeFinal).toBe(true)
  })

  it('stage II grade B: CAL 4 mm, 30 % bone loss at 40', () => {
    const result = suggestStageAndGrade({
      worstInterdentalCal: 4,
      maxPpd: 5,
      ...noComplexity,
      boneLossPercent: 30,
      age: 40,
      ...healthyHistory,
    })
    expect(result).toMatchObject({ stage: 'II', grade: 'B' })
  })

  it('raises the stage to III for PPD ≥ 6 or a class II furcation, to IV for lost teeth', () => {
    const base = { worstInterdentalCal: 3, maxPpd: 5, ...noComplexity, ...healthyHistory }
    expect(suggestStageAndGrade({ ...base, maxPpd: 6 }).stage).toBe('III')
    expect(suggestStageAndGrade({ ...base, maxFurcation: 2 }).stage).toBe('III')
    expect(suggestStageAndGrade({ ...base, teethLostToPeriodontitis: 4 }).stage).toBe('III')
    expect(suggestStageAndGrade({ ...base, teethLostToPeriodontitis: 5 }).stage).toBe('IV')
    expect(suggestStageAndGrade({ ...base, remainingTeeth: 19 }).stage).toBe('IV')
    expect(suggestStageAndGrade({ ...base, masticatoryDysfunction: true }).stage).toBe('IV')
    expect(suggestStageAndGrade({ ...base, worstInterdentalCal: 5 }).stage).toBe('III')
  })

  it('grade C from bone loss faster than 1 % a year, or heavy smoking, or HbA1c ≥ 7', () => {
    const base = { worstInterdentalCal: 5, maxPpd: 6, ...noComplexity, ...healthyHistory }
    expect(suggestStageAndGrade({ ...base, boneLossPercent: 50, age: 35 }).grade).toBe('C')
    const slow = { ...base, boneLossPercent: 5, age: 60 }
    expect(suggestStageAndGrade(slow).grade).toBe('A')
    expect(suggestStageAndGrade({ ...slow, cigarettesPerDay: 5 }).grade).toBe('B')
    expect(suggestStageAndGrade({ ...slow, cigarettesPerDay: 10 }).grade).toBe('C')
    expect(suggestStageAndGrade({ ...slow, diabetes: true, hba1c: 6.5 }).grade).toBe('B')
    expect(suggestStageAndGrade({ ...slow, diabetes: true, hba1c: 7 }).grade).toBe('C')
    // No diabetes: an HbA1c on file changes nothing.
    expect(suggestStageAndGrade({ ...slow, diabetes: false, hba1c: 8 }).grade).toBe('A')
  })

  it('lists what it lacks and gives only a lower bound until then', () => {
    const result = suggestStageAndGrade({
      worstInterdentalCal: 3,
      maxPpd: 4,
      maxFurcation: null,
      maxMobility: 0,
      remainingTeeth: 28,
      cigarettesPerDay: 12,
    })
    expect(result.stage).toBe('II')
    expect(result.stageFinal).toBe(false)
    expect(result.grade).toBe('C')
    expect(result.gradeFinal).toBe(true) // nothing can raise C
    expect(result.missing).toEqual([
      'teethLostToPeriodontitis',
      'verticalBoneLoss3mm',
      'masticatoryDysfunction',
      'boneLossPercent',
      'age',
      'diabetes',
    ])
  })

  it('gives no stage without interdental attachment loss', () => {
    const result = suggestStageAndGrade({ worstInterdentalCal: 0, maxPpd: 3, ...noComplexity })
    expect(result.stage).toBeNull()
    expect(result.stageFinal).toBe(true)
  })
})
