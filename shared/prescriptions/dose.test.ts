import { describe, expect, it } from 'vitest'
import { hardLimitProblem, milligramsPerDay, milligramsPerDose } from './dose.ts'
import { findMasterDrug } from './drug-master.ts'
import { timesPerDay } from './frequency.ts'
import { rx } from './test-fixtures.ts'
import { FREQUENCIES, type Frequency } from './types.ts'

describe('timesPerDay', () => {
  it.each([
    ['1-0-0', 1],
    ['0-0-1', 1],
    ['1-0-1', 2],
    ['1-1-1', 3],
    ['1-1-1-1', 4],
    ['every_4_hours', 6],
    ['every_6_hours', 4],
    ['every_8_hours', 3],
    ['every_12_hours', 2],
    ['sos', 3],
    ['stat', 1],
  ] as [Frequency, number][])('%s is %d a day', (frequency, times) => {
    expect(timesPerDay(frequency)).toBe(times)
  })

  it('reads a weekly dose as a seventh a day and covers every frequency', () => {
    expect(timesPerDay('once_a_week')).toBeCloseTo(1 / 7)
    for (const frequency of FREQUENCIES) expect(timesPerDay(frequency)).toBeGreaterThan(0)
  })
})

describe('milligramsPerDose and milligramsPerDay', () => {
  const amoxicillin = findMasterDrug('amoxicillin')
  it.each([
    [
      'two 500 mg capsules',
      rx('amoxicillin', {
        strength: { label: '500 mg', mg: 500 },
        doseAmount: 2,
        doseUnit: 'capsule',
      }),
      1000,
    ],
    ['a dose in mg', rx('amoxicillin', { doseAmount: 250, doseUnit: 'mg' }), 250],
    [
      '5 ml of 125 mg/5 ml',
      rx('amoxicillin', {
        strength: { label: '125 mg/5 ml', mg: 125, perMl: 5 },
        doseAmount: 5,
        doseUnit: 'ml',
      }),
      125,
    ],
    [
      '2.5 ml of 250 mg/5 ml',
      rx('amoxicillin', {
        strength: { label: '250 mg/5 ml', mg: 250, perMl: 5 },
        doseAmount: 2.5,
        doseUnit: 'ml',
      }),
      125,
    ],
  ])('%s', (_name, line, mg) => {
    expect(milligramsPerDose(line, amoxicillin)).toBeCloseTo(mg)
    expect(milligramsPerDay(line, amoxicillin)).toBeCloseTo(mg * 2)
  })

  it.each([
    [
      'ml of a tablet strength',
      rx('amoxicillin', { strength: { label: '500 mg', mg: 500 }, doseUnit: 'ml' }),
    ],
    [
      'a tablet of a liquid strength',
      rx('amoxicillin', {
        strength: { label: '125 mg/5 ml', mg: 125, perMl: 5 },
        doseUnit: 'tablet',
      }),
    ],
    ['a drop', rx('amoxicillin', { doseUnit: 'drop' })],
    ['no strength and several on the drug', rx('amoxicillin', { strength: null })],
    ['a strength without mass', rx('amoxicillin', { strength: { label: '1%' } })],
  ])('is unknown for %s', (_name, line) => {
    expect(milligramsPerDose(line, amoxicillin)).toBeNull()
  })
})

describe('hardLimitProblem', () => {
  const paracetamol = findMasterDrug('paracetamol')
  it('accepts a high but plausible dose (it is warned, not refused)', () => {
    const line = rx('paracetamol', {
      strength: { label: '1000 mg', mg: 1000 },
      frequency: 'every_4_hours',
    })
    expect(hardLimitProblem(line, paracetamol)).toBeNull()
  })

  it('refuses an extra zero per dose, naming doseAmount', () => {
    const line = rx('paracetamol', { doseAmount: 5000, doseUnit: 'mg' })
    expect(hardLimitProblem(line, paracetamol)).toEqual({ field: 'doseAmount', limitMg: 3000 })
  })

  it('refuses a daily total three times the maximum', () => {
    const line = rx('paracetamol', { doseAmount: 2500, doseUnit: 'mg', frequency: 'every_4_hours' })
    expect(hardLimitProblem(line, paracetamol)).toEqual({ field: 'doseAmount', limitMg: 12000 })
  })

  it('has nothing to say without a limit or a computable dose', () => {
    expect(
      hardLimitProblem(
        rx('amlodipine', { doseAmount: 500, doseUnit: 'mg' }),
        findMasterDrug('amlodipine'),
      ),
    ).toBeNull()
    expect(
      hardLimitProblem(rx('paracetamol', { doseUnit: 'drop', doseAmount: 900 }), paracetamol),
    ).toBeNull()
    expect(hardLimitProblem(rx('paracetamol'), undefined)).toBeNull()
  })
})
