import { describe, expect, it } from 'vitest'
import { clinicDrugBody, clinicDrugDraft, clinicDrugProblems } from './clinic-drug-draft.ts'

describe("a clinic's own medicine as typed", () => {
  it('needs a name, labelled strengths, positive amounts and a route', () => {
    const draft = clinicDrugDraft()
    expect(clinicDrugProblems(draft)).toEqual(['generic', 'presentations.0.strengths.0.label'])
    const strength = draft.presentations[0]?.strengths[0]
    if (!strength) throw new Error('a new item starts with one strength')
    const typed = {
      ...draft,
      generic: 'Zedofenac gel',
      routes: [],
      presentations: [
        {
          ...draft.presentations[0],
          key: 'p',
          form: 'gel' as const,
          strengths: [{ ...strength, label: '2%', mg: '-1' }],
        },
      ],
    }
    expect(clinicDrugProblems(typed)).toEqual(['routes', 'presentations.0.strengths.0.mg'])
  })

  it('sends blank amounts as absent and keeps the rest as typed', () => {
    const draft = clinicDrugDraft({
      code: 'clinic:00000000-0000-4000-8000-000000000000',
      generic: 'Zedofenac',
      classes: ['nsaid'],
      category: 'analgesic',
      schedule: 'H',
      presentations: [
        {
          form: 'suspension',
          strengths: [{ label: '100 mg/5 ml', mg: 100, perMl: 5 }, { label: '2%' }],
        },
      ],
      routes: ['oral'],
      source: 'clinic',
      isClinicItem: true,
      isArchived: false,
    })
    expect(clinicDrugProblems(draft)).toEqual([])
    expect(clinicDrugBody({ ...draft, generic: ' Zedofenac ' })).toEqual({
      generic: 'Zedofenac',
      classes: ['nsaid'],
      category: 'analgesic',
      schedule: 'H',
      presentations: [
        {
          form: 'suspension',
          strengths: [{ label: '100 mg/5 ml', mg: 100, perMl: 5 }, { label: '2%' }],
        },
      ],
      routes: ['oral'],
    })
  })
})
