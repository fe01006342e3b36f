import { describe, expect, it } from 'vitest'
import type { Vitals, VitalsTrend } from '../../../../shared/contracts/vitals.ts'
import { seriesOf, withEntry } from './trend-measures.ts'

const entry = (takenAt: string, values: Partial<Vitals>): Vitals => ({
  id: crypto.randomUUID(),
  takenAt,
  systolic: null,
  diastolic: null,
  pulse: null,
  temperatureC: null,
  spo2: null,
  weightKg: null,
  heightCm: null,
  bmi: null,
  glucoseMgDl: null,
  glucoseContext: null,
  recordedBy: 'Dr. Asha Rao',
  ...values,
})
const empty: VitalsTrend = {
  entries: [],
  series: {
    systolic: [],
    diastolic: [],
    pulse: [],
    temperatureC: [],
    spo2: [],
    weightKg: [],
    heightCm: [],
    bmi: [],
    glucoseMgDl: [],
  },
}

describe('adding a recorded entry to the trend on screen', () => {
  it('keeps entries newest first and each series oldest first, as the server answers', () => {
    const late = entry('2026-11-30T04:30:00.000Z', { systolic: 120, diastolic: 80, pulse: 70 })
    const early = entry('2026-11-20T04:30:00.000Z', { systolic: 130, diastolic: 85 })
    const trend = withEntry(withEntry(empty, late), early)
    expect(trend.entries.map((item) => item.id)).toEqual([late.id, early.id])
    expect(trend.series.systolic).toEqual([
      { at: early.takenAt, value: 130 },
      { at: late.takenAt, value: 120 },
    ])
    expect(trend.series.pulse).toEqual([{ at: late.takenAt, value: 70 }])
    expect(trend.series.weightKg).toEqual([])
  })

  it('charts blood pressure as its two series, systolic first', () => {
    const trend = withEntry(
      empty,
      entry('2026-11-30T04:30:00.000Z', { systolic: 120, diastolic: 80 }),
    )
    expect(seriesOf(trend, 'bloodPressure').map((points) => points[0]?.value)).toEqual([120, 80])
    expect(seriesOf(trend, 'pulse')).toEqual([[]])
  })
})
