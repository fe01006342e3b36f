import { z } from 'zod'
import { because, boundedInt, isoDate, isoInstant } from './primitives.ts'

/**
 * Vital signs as the API takes and sends them (server/modules/vitals). The limits are
 * plausibility limits, not normal ranges: a value outside them is a typing mistake, and the
 * database refuses it too (db/migrations/20261204170100_vitals.sql). BMI is computed from
 * weight and height, never entered.
 */

export const GLUCOSE_CONTEXTS = ['fasting', 'random', 'post_prandial'] as const

/** A decimal measure within limits, to at most one decimal place. */
const measure = (minimum: number, maximum: number) =>
  z
    .number()
    .min(minimum)
    .max(maximum)
    .refine(
      (value) => Math.abs(Math.round(value * 10) - value * 10) < 1e-6,
      because('vitals.one_decimal'),
    )

export const NewVitalsSchema = z
  .object({
    takenAt: isoInstant().optional().meta({ description: 'When measured; now if left out' }),
    systolic: boundedInt(50, 260).optional().meta({ description: 'mmHg' }),
    diastolic: boundedInt(30, 160).optional().meta({ description: 'mmHg, below systolic' }),
    pulse: boundedInt(20, 250).optional().meta({ description: 'Beats per minute' }),
    temperatureC: measure(30, 45).optional().meta({ description: '°C' }),
    spo2: boundedInt(50, 100).optional().meta({ description: 'SpO₂ %' }),
    weightKg: measure(0.5, 350).optional(),
    heightCm: measure(30, 250).optional(),
    glucoseMgDl: boundedInt(20, 800).optional().meta({ description: 'Blood glucose, mg/dL' }),
    glucoseContext: z.enum(GLUCOSE_CONTEXTS).optional(),
  })
  .refine((v) => v.systolic === undefined || v.diastolic !== undefined, {
    ...because('vitals.needs_both_pressures'),
    path: ['diastolic'],
  })
  .refine((v) => v.diastolic === undefined || v.systolic !== undefined, {
    ...because('vitals.needs_both_pressures'),
    path: ['systolic'],
  })
  .refine(
    (v) => v.systolic === undefined || v.diastolic === undefined || v.diastolic < v.systolic,
    { ...because('vitals.diastolic_not_below_systolic'), path: ['diastolic'] },
  )
  .refine((v) => v.glucoseMgDl === undefined || v.glucoseContext !== undefined, {
    ...because('vitals.glucose_needs_context'),
    path: ['glucoseContext'],
  })
  .refine((v) => v.glucoseContext === undefined || v.glucoseMgDl !== undefined, {
    ...because('vitals.glucose_needs_context'),
    path: ['glucoseMgDl'],
  })
  .refine(
    (v) =>
      [v.systolic, v.pulse, v.temperatureC, v.spo2, v.weightKg, v.heightCm, v.glucoseMgDl].some(
        (value) => value !== undefined,
      ),
    { ...because('vitals.nothing_measured'), path: ['systolic'] },
  )
  .meta({ id: 'NewVitals' })
export type NewVitals = z.infer<typeof NewVitalsSchema>

export const VitalsSchema = z
  .object({
    id: z.uuid(),
    takenAt: z.string(),
    systolic: z.number().nullable(),
    diastolic: z.number().nullable(),
    pulse: z.number().nullable(),
    temperatureC: z.number().nullable(),
    spo2: z.number().nullable(),
    weightKg: z.number().nullable(),
    heightCm: z.number().nullable(),
    bmi: z.number().nullable().meta({ description: 'kg/m², from weight and height; one decimal' }),
    glucoseMgDl: z.number().nullable(),
    glucoseContext: z.enum(GLUCOSE_CONTEXTS).nullable(),
    recordedBy: z.string().nullable(),
  })
  .meta({ id: 'Vitals' })
export type Vitals = z.infer<typeof VitalsSchema>

export const VITAL_MEASURES = [
  'systolic',
  'diastolic',
  'pulse',
  'temperatureC',
  'spo2',
  'weightKg',
  'heightCm',
  'bmi',
  'glucoseMgDl',
] as const
export type VitalMeasure = (typeof VITAL_MEASURES)[number]

const PointSchema = z.object({ at: z.string(), value: z.number() })
const series = z.array(PointSchema)

export const VitalsTrendSchema = z
  .object({
    entries: z.array(VitalsSchema).meta({ description: 'Newest first' }),
    series: z
      .object({
        systolic: series,
        diastolic: series,
        pulse: series,
        temperatureC: series,
        spo2: series,
        weightKg: series,
        heightCm: series,
        bmi: series,
        glucoseMgDl: series,
      })
      .meta({ description: 'Per measure, oldest first, for a chart' }),
  })
  .meta({ id: 'VitalsTrend' })
export type VitalsTrend = z.infer<typeof VitalsTrendSchema>

export const VitalsRangeQuery = z.object({
  from: isoDate().optional().meta({ description: 'First day (clinic time), inclusive' }),
  to: isoDate().optional().meta({ description: 'Last day (clinic time), inclusive' }),
})
