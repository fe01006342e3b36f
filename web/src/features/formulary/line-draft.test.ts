import { describe, expect, it } from 'vitest'
import type { FormularyDrug } from '../../../../shared/contracts/formulary.ts'
import { draftForDrug, draftOfLine, lineOfDraft, lineProblems } from './line-draft.ts'

const amoxicillin: FormularyDrug = {
  code: 'amoxicillin',
  generic: 'Amoxicillin',
  classes: ['aminopenicillin'],
  category: 'antibacterial',
  schedule: 'H',
  presentations: [
    {
      form: 'capsule',
      strengths: [
        { label: '250 mg', mg: 250 },
        { label: '500 mg', mg: 500 },
      ],
    },
  ],
  routes: ['oral'],
  source: 'nlem_2022',
  isClinicItem: false,
  isArchived: false,
}

describe('a favourite or set line as typed', () => {
  it('starts from the pad defaults for a picked drug', () => {
    expect(draftForDrug(amoxicillin)).toMatchObject({
      drugCode: 'amoxicillin',
      drugName: 'Amoxicillin',
      strengthLabel: '250 mg',
      doseAmount: '1',
      doseUnit: 'capsule',
      route: 'oral',
      frequency: '1-0-1',
      foodTiming: 'after_food',
      durationDays: '5',
    })
  })

  it('round-trips a saved line, trimming text and sending no strength as null', () => {
    const draft = draftOfLine({
      drugCode: 'amoxicillin',
      drugName: 'Amoxicillin',
      strengthLabel: null,
      doseAmount: 0.5,
      doseUnit: 'capsule',
      route: 'oral',
      frequency: '1-1-1',
      foodTiming: 'any',
      durationDays: 3,
      instructionsEn: ' with water ',
      instructionsHi: '',
    })
    expect(draft.strengthLabel).toBe('')
    expect(lineOfDraft(draft)).toEqual({
      drugCode: 'amoxicillin',
      strengthLabel: null,
      doseAmount: 0.5,
      doseUnit: 'capsule',
      route: 'oral',
      frequency: '1-1-1',
      foodTiming: 'any',
      durationDays: 3,
      instructionsEn: 'with water',
      instructionsHi: '',
    })
  })

  it('finds a dose that is not a positive number and days that are not whole', () => {
    const draft = draftForDrug(amoxicillin)
    expect(lineProblems(draft)).toEqual([])
    expect(lineProblems({ ...draft, doseAmount: '0', durationDays: '2.5' })).toEqual([
      'doseAmount',
      'durationDays',
    ])
    expect(lineProblems({ ...draft, doseAmount: '1.2345' })).toEqual(['doseAmount'])
    expect(lineProblems({ ...draft, durationDays: '366' })).toEqual(['durationDays'])
  })
})
