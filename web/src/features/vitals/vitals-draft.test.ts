import { describe, expect, it } from 'vitest'
import { NewVitalsSchema } from '../../../../shared/contracts/vitals.ts'
import { bmiFromDraft, formatOneDecimal } from './bmi.ts'
import { bodyFromDraft, emptyDraft, readNumber, validateDraft } from './vitals-draft.ts'
import { FIELD_LIMITS } from './vitals-fields.ts'

const messages = { notNumber: 'not a number', notWhole: 'not whole' }

describe('the vitals form’s draft', () => {
  it('sends only what was typed, as numbers, which the shared contract accepts', () => {
    const body = bodyFromDraft({
      ...emptyDraft,
      systolic: '130',
      diastolic: ' 85 ',
      temperatureC: '37.2',
      glucoseMgDl: '110',
      glucoseContext: 'fasting',
    })
    expect(body).toEqual({
      systolic: 130,
      diastolic: 85,
      temperatureC: 37.2,
      glucoseMgDl: 110,
      glucoseContext: 'fasting',
    })
    expect(NewVitalsSchema.safeParse(body).success).toBe(true)
  })

  it('refuses text that is not a plain number, and fractions of whole measures, before sending', () => {
    expect(
      validateDraft({ ...emptyDraft, pulse: '7O', spo2: '97.5', weightKg: '1e2' }, messages),
    ).toEqual({ pulse: 'not a number', spo2: 'not whole', weightKg: 'not a number' })
    expect(validateDraft({ ...emptyDraft, temperatureC: '37.5', pulse: '72' }, messages)).toEqual(
      {},
    )
  })

  it('leaves the limits to the server, which names the field it refuses', () => {
    expect(validateDraft({ ...emptyDraft, pulse: '400' }, messages)).toEqual({})
    expect(bodyFromDraft({ ...emptyDraft, pulse: '400' })).toEqual({ pulse: 400 })
  })

  it('reads blanks as not measured', () => {
    expect(readNumber('  ')).toBeUndefined()
    expect(readNumber('36.8')).toBe(36.8)
    expect(Number.isNaN(readNumber('-5'))).toBe(true)
  })

  it('takes the hints’ limits from the shared contract', () => {
    expect(FIELD_LIMITS.pulse).toEqual({ minimum: 20, maximum: 250, isWhole: true })
    expect(FIELD_LIMITS.temperatureC).toEqual({ minimum: 30, maximum: 45, isWhole: false })
    expect(FIELD_LIMITS.weightKg.minimum).toBe(0.5)
  })
})

describe('BMI while typing', () => {
  it('is weight over height squared, to one decimal, as the server stores it', () => {
    expect(bmiFromDraft('70', '175')).toBe(22.9)
    expect(bmiFromDraft('58.5', '160')).toBe(22.9)
    expect(bmiFromDraft('90', '165')).toBe(33.1)
  })

  it('waits for both, and for values the server would accept', () => {
    expect(bmiFromDraft('70', '')).toBeNull()
    expect(bmiFromDraft('', '175')).toBeNull()
    expect(bmiFromDraft('70', '1.75')).toBeNull()
    expect(bmiFromDraft('700', '175')).toBeNull()
    expect(bmiFromDraft('7O', '175')).toBeNull()
  })

  it('is always written with one decimal', () => {
    expect(formatOneDecimal(23)).toBe('23.0')
    expect(formatOneDecimal(22.9)).toBe('22.9')
  })
})
