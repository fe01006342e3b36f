import type { Vitals, VitalsTrend } from '../../../../shared/contracts/vitals.ts'
import { VITAL_MEASURES } from '../../../../shared/contracts/vitals.ts'
import type { TrendPoint } from './chart-scale.ts'

/** What the trend picker offers: blood pressure as one chart of its two values. */
export const TREND_MEASURES = [
  'bloodPressure',
  'pulse',
  'temperatureC',
  'spo2',
  'weightKg',
  'heightCm',
  'bmi',
  'glucoseMgDl',
] as const
export type TrendMeasure = (typeof TREND_MEASURES)[number]

export type SeriesKey = keyof VitalsTrend['series']

/** The series a chart of `measure` draws, in drawing order. */
export function seriesKeysOf(measure: TrendMeasure): SeriesKey[] {
  return measure === 'bloodPressure' ? ['systolic', 'diastolic'] : [measure]
}

export function seriesOf(trend: VitalsTrend, measure: TrendMeasure): TrendPoint[][] {
  return seriesKeysOf(measure).map((key) => trend.series[key])
}

/**
 * The trend with one more entry, as the server would answer it (entries newest first, each
 * series oldest first): after recording, the screen shows it without reading the trend again,
 * since each read of a patient's vitals is recorded in the audit log.
 */
export function withEntry(trend: VitalsTrend, entry: Vitals): VitalsTrend {
  const entries = [...trend.entries, entry].sort((a, b) =>
    a.takenAt === b.takenAt ? 0 : a.takenAt < b.takenAt ? 1 : -1,
  )
  const oldestFirst = [...entries].reverse()
  const series = Object.fromEntries(
    VITAL_MEASURES.map((measure) => [
      measure,
      oldestFirst.flatMap((item) => {
        const value = item[measure]
        return value === null ? [] : [{ at: item.takenAt, value }]
      }),
    ]),
  ) as VitalsTrend['series']
  return { entries, series }
}

/** Measures kept to one decimal (shared/contracts/vitals.ts); the rest are whole numbers. */
export function isDecimalMeasure(measure: TrendMeasure): boolean {
  return (
    measure === 'temperatureC' ||
    measure === 'weightKg' ||
    measure === 'heightCm' ||
    measure === 'bmi'
  )
}
