import { describe, expect, it } from 'vitest'
import { context, patient, rx } from '../test-fixtures.ts'
import { pregnancyWarnings } from './pregnancy.ts'

const pregnant = patient({ isPregnant: true, ageYears: 28 })

describe('pregnancy check', () => {
  it.each([
    ['doxycycline', 'high'],
    ['warfarin', 'high'],
    ['ciprofloxacin', 'high'],
    ['ibuprofen', 'moderate'],
    ['metronidazole', 'moderate'],
  ])('%s in pregnancy is %s', (code, severity) => {
    expect(pregnancyWarnings(context([rx(code)], pregnant))).toEqual([
      expect.objectContaining({
        id: `pregnancy:${code}`,
        kind: 'pregnancy',
        severity,
        lines: [0],
        needsOverride: true,
      }),
    ])
  })

  it.each(['amoxicillin', 'paracetamol', 'azithromycin', 'lignocaine_adrenaline'])(
    '%s has no pregnancy warning',
    (code) => {
      expect(pregnancyWarnings(context([rx(code)], pregnant))).toEqual([])
    },
  )

  it('says nothing when the patient is not pregnant', () => {
    expect(pregnancyWarnings(context([rx('doxycycline')], patient()))).toEqual([])
  })
})
