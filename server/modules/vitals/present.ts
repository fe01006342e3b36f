import { VITAL_MEASURES, type Vitals, type VitalsTrend } from '../../../shared/contracts/vitals.ts'
import type { VitalsRow } from './queries.ts'

const decimal = (value: string | number | null) => (value === null ? null : Number(value))

/** BMI = kg / m², one decimal; only when weight and height were measured together. */
export function bmiOf(weightKg: number | null, heightCm: number | null): number | null {
  if (weightKg === null || heightCm === null) return null
  return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10
}

export function presentVitals(row: VitalsRow): Vitals {
  const weightKg = decimal(row.weight_kg)
  const heightCm = decimal(row.height_cm)
  return {
    id: row.id,
    takenAt: new Date(row.taken_at).toISOString(),
    systolic: row.systolic,
    diastolic: row.diastolic,
    pulse: row.pulse,
    temperatureC: decimal(row.temperature_c),
    spo2: row.spo2,
    weightKg,
    heightCm,
    bmi: bmiOf(weightKg, heightCm),
    glucoseMgDl: row.glucose_mg_dl,
    glucoseContext: row.glucose_context,
    recordedBy: row.recorded_by_name,
  }
}

/** Entries newest first, and per measure its points oldest first (what a chart draws). */
export function presentTrend(rows: VitalsRow[]): VitalsTrend {
  const entries = rows.map(presentVitals)
  const oldestFirst = [...entries].reverse()
  const series = Object.fromEntries(
    VITAL_MEASURES.map((measure) => [
      measure,
      oldestFirst.flatMap((entry) => {
        const value = entry[measure]
        return value === null ? [] : [{ at: entry.takenAt, value }]
      }),
    ]),
  ) as VitalsTrend['series']
  return { entries, series }
}
