import { describe, expect, it } from 'vitest'
import type { FormularyDrug } from '../../../../shared/contracts/formulary.ts'
import { parseFrequency } from './frequency-text.ts'
import { computedQuantity, customLine, lineForDrug, lineInput, withQuantity } from './pad-line.ts'

const amoxicillin: FormularyDrug = {
  code: 'amoxicillin',
  generic: 'Amoxicillin',
  classes: ['aminopenicillin', 'penicillin', 'beta_lactam'],
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
    { form: 'suspension', strengths: [{ label: '125 mg/5 ml', mg: 125, perMl: 5 }] },
  ],
  routes: ['oral'],
  source: 'bnf',
  isClinicItem: false,
  isArchived: false,
}

describe('the pad line', () => {
  it("starts from the drug's first presentation, 1-0-1 after food for 5 days", () => {
    const line = lineForDrug(amoxicillin, null, 'en')
    expect(line).toMatchObject({ form: 'capsule', strengthLabel: '250 mg', doseUnit: 'capsule' })
    expect(line.quantity).toBe('10 capsules')
  })

  it("takes a favourite's line, with the instructions in the prescription's language", () => {
    const line = lineForDrug(
      amoxicillin,
      {
        drugCode: 'amoxicillin',
        strengthLabel: '125 mg/5 ml',
        doseAmount: 5,
        doseUnit: 'ml',
        route: 'oral',
        frequency: '1-1-1',
        foodTiming: 'after_food',
        durationDays: 5,
        instructionsEn: 'Shake well',
        instructionsHi: 'अच्छी तरह हिलाएँ',
      },
      'hi',
    )
    expect(line).toMatchObject({ form: 'suspension', instructions: 'अच्छी तरह हिलाएँ' })
    expect(line.quantity).toBe('75 ml')
    expect(lineInput(line).strength).toEqual({ label: '125 mg/5 ml', mg: 125, perMl: 5 })
  })

  it('computes tablets as dose × doses a day × days, rounding up, until the prescriber types one', () => {
    const base = { doseUnit: 'tablet' as const, frequency: '1-0-1' as const }
    expect(computedQuantity({ ...base, doseAmount: '0.5', durationDays: '3' })).toBe('3 tablets')
    expect(computedQuantity({ ...base, doseAmount: '1', durationDays: '0' })).toBe('')
    expect(
      computedQuantity({ ...base, frequency: 'stat', doseAmount: '1', durationDays: '1' }),
    ).toBe('1 tablet')
    const typed = { ...customLine('Herbal paste'), quantity: '1 tube', isQuantityEdited: true }
    expect(withQuantity({ ...typed, durationDays: '9' }).quantity).toBe('1 tube')
  })

  it('sends a custom line without a code, flagged custom', () => {
    expect(lineInput(customLine(' Kenacort orabase '))).toMatchObject({
      drugCode: null,
      isCustom: true,
      genericName: 'Kenacort orabase',
    })
  })
})

describe('typed frequencies', () => {
  it('reads 1-0-1 however it is typed, and the Latin abbreviations', () => {
    expect(parseFrequency('1-0-1')).toBe('1-0-1')
    expect(parseFrequency('101')).toBe('1-0-1')
    expect(parseFrequency('1 1 1 1')).toBe('1-1-1-1')
    expect(parseFrequency('BD')).toBe('1-0-1')
    expect(parseFrequency('t.d.s.')).toBe('1-1-1')
    expect(parseFrequency('SOS')).toBe('sos')
    expect(parseFrequency('0-0-0')).toBeNull()
    expect(parseFrequency('thrice')).toBeNull()
  })
})
