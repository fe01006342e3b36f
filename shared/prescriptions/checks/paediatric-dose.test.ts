import { describe, expect, it } from 'vitest'
import { context, patient, rx } from '../test-fixtures.ts'
import type { LineForCheck, PatientForCheck } from '../types.ts'
import { paediatricDoseWarnings } from './paediatric-dose.ts'

const run = (line: LineForCheck, who: PatientForCheck) =>
  paediatricDoseWarnings(context([line], who))
const syrup = { label: '250 mg/5 ml', mg: 250, perMl: 5 }
const child20kg = patient({ ageYears: 6, weightKg: 20 })

describe('paediatric dose check', () => {
  it('a 20 kg child on amoxicillin above 90 mg/kg/day', () => {
    const line = rx('amoxicillin', { strength: { label: '500 mg', mg: 500 }, frequency: '1-1-1-1' })
    expect(run(line, child20kg)).toEqual([
      {
        id: 'paediatric_dose:amoxicillin:0',
        kind: 'paediatric_dose',
        severity: 'high',
        lines: [0],
        params: { drug: 'amoxicillin', mgPerDay: 2000, limitMg: 1800, mgPerKgDay: 90 },
        source: 'bnfc',
        needsOverride: true,
      },
    ])
  })

  it.each([
    [
      'amoxicillin 5 ml of 250 mg/5 ml 1-1-1',
      rx('amoxicillin', { strength: syrup, doseAmount: 5, doseUnit: 'ml', frequency: '1-1-1' }),
    ],
    [
      'paracetamol 250 mg 1-1-1-1 (50 mg/kg/day)',
      rx('paracetamol', { doseAmount: 250, doseUnit: 'mg', frequency: '1-1-1-1' }),
    ],
    ['a drug without a per-kilogram limit', rx('amlodipine')],
  ])('%s is fine for a 20 kg child', (_name, line) => {
    expect(run(line, child20kg)).toEqual([])
  })

  it('caps the weight-based limit by the adult maximum', () => {
    const heavyTeen = patient({ ageYears: 11, weightKg: 39 })
    const line = rx('paracetamol', { doseAmount: 1000, doseUnit: 'mg', frequency: '1-1-1-1' })
    expect(run(line, heavyTeen)[0]?.params).toMatchObject({ limitMg: 2340 })
    const capped = rx('azithromycin', { doseAmount: 500, doseUnit: 'mg', frequency: '1-0-1' })
    expect(run(capped, patient({ ageYears: 11, weightKg: 60 }))[0]?.params).toMatchObject({
      limitMg: 500,
    })
  })

  it('a child with no weight on record needs one (moderate)', () => {
    const line = rx('amoxicillin', { frequency: '1-1-1' })
    expect(run(line, patient({ ageYears: 5, weightKg: null }))).toEqual([
      {
        id: 'weight_needed:amoxicillin',
        kind: 'weight_needed',
        severity: 'moderate',
        lines: [0],
        params: { drug: 'amoxicillin' },
        needsOverride: true,
      },
    ])
  })

  it('treats a light adult as a child by weight, and leaves adults alone', () => {
    const line = rx('amoxicillin', { doseAmount: 1000, doseUnit: 'mg', frequency: '1-1-1' })
    expect(run(line, patient({ ageYears: 30, weightKg: 30 }))[0]?.kind).toBe('paediatric_dose')
    expect(run(line, patient({ ageYears: 30, weightKg: null }))).toEqual([])
    expect(run(line, patient({ ageYears: null, weightKg: null }))).toEqual([])
  })
})
