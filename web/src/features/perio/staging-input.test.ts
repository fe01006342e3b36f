import { describe, expect, it } from 'vitest'
import { PERMANENT_TEETH } from '../../../../shared/dental/fdi.ts'
import { suggestStageAndGrade } from '../../../../shared/dental/perio-staging.ts'
import type { PerioSummary } from '../../../../shared/dental/perio-summary.ts'
import { draftFromExam, remainingTeeth, updateTooth } from './perio-draft.ts'
import { answeredNumber, noAnswers, stagingInput } from './staging-input.ts'

const summary: PerioSummary = {
  teethPresent: 4,
  sitesProbed: 24,
  bleedingOnProbingPercent: 12.5,
  plaquePercent: 4.2,
  sitesPpd4OrMore: 6,
  sitesPpd6OrMore: 2,
  maxPpd: 7,
  worstInterdentalCal: { tooth: 36, site: 'MB', cal: 9 },
  maxFurcation: null,
  maxMobility: 1,
}
const history = { age: 42, cigarettesPerDay: null, diabetes: true, hba1c: 7.4 }

describe('staging helper input', () => {
  it('counts the teeth left in the whole chart, not only those probed', () => {
    const blank = draftFromExam({ teeth: [], sites: [], includeImplants: false })
    expect(remainingTeeth(blank)).toBe(PERMANENT_TEETH.length)
    const fewer = updateTooth(updateTooth(blank, 18, { missing: true }), 11, { implant: true })
    expect(remainingTeeth(fewer)).toBe(30)
    const input = stagingInput(summary, 30, history, noAnswers)
    expect(input.remainingTeeth).toBe(30)
    // A partly probed mouth of 30 teeth is not "fewer than 20 teeth": stage III, not IV.
    expect(suggestStageAndGrade(input).stage).toBe('III')
  })

  it('takes the history, asks for the rest, and lets a typed answer win', () => {
    const input = stagingInput(summary, 28, history, noAnswers)
    expect(input).toMatchObject({
      worstInterdentalCal: 9,
      maxPpd: 7,
      age: 42,
      diabetes: true,
      hba1c: 7.4,
      cigarettesPerDay: null,
      teethLostToPeriodontitis: null,
    })
    const suggestion = suggestStageAndGrade(input)
    // HbA1c ≥ 7 % already makes grade C, whatever is still unknown.
    expect(suggestion).toMatchObject({ grade: 'C', gradeFinal: true, stageFinal: false })
    expect(suggestion.missing).toContain('teethLostToPeriodontitis')
    const answered = stagingInput(summary, 28, history, {
      ...noAnswers,
      teethLostToPeriodontitis: '0',
      verticalBoneLoss3mm: 'no',
      masticatoryDysfunction: 'no',
      cigarettesPerDay: '12',
      diabetes: 'no',
      hba1c: '8',
    })
    expect(answered).toMatchObject({
      teethLostToPeriodontitis: 0,
      verticalBoneLoss3mm: false,
      cigarettesPerDay: 12,
      diabetes: false,
      // Not diabetic: an HbA1c does not grade.
      hba1c: null,
    })
    expect(suggestStageAndGrade(answered)).toMatchObject({ stage: 'III', stageFinal: true })
  })

  it('reads typed numbers, treating anything else as not known', () => {
    expect(answeredNumber(' 35 ', 0, 100)).toBe(35)
    expect(answeredNumber('7,5', 3, 20)).toBe(7.5)
    expect(answeredNumber('', 0, 100)).toBeNull()
    expect(answeredNumber('abc', 0, 100)).toBeNull()
    expect(answeredNumber('-3', 0, 100)).toBeNull()
    expect(answeredNumber('140', 0, 100)).toBeNull()
  })
})
