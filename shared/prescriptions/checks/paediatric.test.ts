import { describe, expect, it } from 'vitest'
import { context, patient, rx } from '../test-fixtures.ts'
import { paediatricWarnings } from './paediatric.ts'

const at = (code: string, ageYears: number | null) =>
  paediatricWarnings(context([rx(code)], patient({ ageYears, weightKg: 30 })))

describe('paediatric (age) check', () => {
  it.each([
    ['doxycycline', 10, 12, 'high'],
    ['aspirin', 14, 16, 'high'],
    ['tramadol', 11, 12, 'high'],
    ['nimesulide', 8, 12, 'high'],
    ['choline_salicylate_lignocaine', 9, 16, 'high'],
    ['benzocaine', 1, 2, 'high'],
    ['ciprofloxacin', 15, 18, 'moderate'],
  ])('%s at %d years (under %d) is %s', (code, age, minAgeYears, severity) => {
    expect(at(code, age)).toEqual([
      expect.objectContaining({
        id: `paediatric:${code}`,
        kind: 'paediatric',
        severity,
        params: expect.objectContaining({ minAgeYears }),
      }),
    ])
  })

  it.each([
    ['doxycycline', 12],
    ['aspirin', 16],
    ['amoxicillin', 3],
    ['doxycycline', null],
  ])('%s at %s years is fine', (code, age) => {
    expect(at(code, age)).toEqual([])
  })
})
