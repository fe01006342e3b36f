import { describe, expect, it } from 'vitest'
import { context, patient, rx } from '../test-fixtures.ts'
import type { LineForCheck } from '../types.ts'
import { doseLimitWarnings } from './dose-limit.ts'

const g1000 = { label: '1000 mg', mg: 1000 }
const run = (line: LineForCheck, who = patient()) => doseLimitWarnings(context([line], who))

describe('dose limit check', () => {
  it.each([
    [
      'paracetamol 1000 mg 1-1-1-1 (4 g a day)',
      rx('paracetamol', { strength: g1000, frequency: '1-1-1-1' }),
    ],
    [
      'paracetamol 650 mg every 6 hours',
      rx('paracetamol', { strength: { label: '650 mg', mg: 650 }, frequency: 'every_6_hours' }),
    ],
    [
      'paracetamol 1000 mg SOS (counted 3 a day)',
      rx('paracetamol', { strength: g1000, frequency: 'sos' }),
    ],
    ['diclofenac 50 mg SOS', rx('diclofenac', { frequency: 'sos' })],
    [
      'amoxicillin 500 mg 1-1-1',
      rx('amoxicillin', { strength: { label: '500 mg', mg: 500 }, frequency: '1-1-1' }),
    ],
    [
      'ibuprofen 400 mg 1-1-1',
      rx('ibuprofen', { strength: { label: '400 mg', mg: 400 }, frequency: '1-1-1' }),
    ],
    ['a drug without limits', rx('amlodipine', { doseAmount: 4 })],
  ])('%s is fine', (_name, line) => {
    expect(run(line)).toEqual([])
  })

  it.each([
    [
      'paracetamol 1000 mg every 4 hours',
      rx('paracetamol', { strength: g1000, frequency: 'every_4_hours' }),
      'day',
      6000,
      4000,
    ],
    [
      'paracetamol 1500 mg a dose',
      rx('paracetamol', { doseAmount: 1500, doseUnit: 'mg', frequency: '1-0-1' }),
      'dose',
      1500,
      1000,
    ],
    [
      'diclofenac 100 mg 1-1-1',
      rx('diclofenac', { strength: { label: '100 mg', mg: 100 }, frequency: '1-1-1' }),
      'day',
      300,
      150,
    ],
    [
      'azithromycin 500 mg 1-0-1',
      rx('azithromycin', { strength: { label: '500 mg', mg: 500 } }),
      'day',
      1000,
      500,
    ],
    ['ketorolac 20 mg', rx('ketorolac', { doseAmount: 2 }), 'dose', 20, 10],
  ])('%s is above the limit', (_name, line, per, mg, limitMg) => {
    const [warning, ...rest] = run(line)
    expect(rest).toEqual([])
    expect(warning).toMatchObject({
      kind: 'dose_above_limit',
      severity: 'high',
      lines: [0],
      params: { per, mg, limitMg },
      needsOverride: true,
    })
  })

  it('leaves the daily limit of a weighed child to the paediatric check', () => {
    const child = patient({ ageYears: 6, weightKg: 20 })
    const line = rx('amoxicillin', { strength: { label: '500 mg', mg: 500 }, frequency: '1-1-1-1' })
    expect(run(line, child)).toEqual([])
  })
})
