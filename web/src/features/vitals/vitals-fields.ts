import { type GLUCOSE_CONTEXTS, NewVitalsSchema } from '../../../../shared/contracts/vitals.ts'

/** The measurements the form takes, by their request body names (server errors name them). */
export const VITALS_FIELDS = [
  'systolic',
  'diastolic',
  'pulse',
  'temperatureC',
  'spo2',
  'weightKg',
  'heightCm',
  'glucoseMgDl',
] as const
export type VitalsField = (typeof VITALS_FIELDS)[number]
export type GlucoseContext = (typeof GLUCOSE_CONTEXTS)[number]

export interface FieldLimit {
  minimum: number
  maximum: number
  /** Whole numbers only (mmHg, beats, %, mg/dL); otherwise one decimal place. */
  isWhole: boolean
}

/**
 * The plausibility limits, read from the shared contract rather than copied, so the hint on
 * screen always says what the server (and the database's CHECK constraints) will accept.
 */
export const FIELD_LIMITS = Object.fromEntries(
  VITALS_FIELDS.map((field) => {
    const rule = NewVitalsSchema.shape[field].unwrap()
    return [
      field,
      {
        minimum: rule.minValue ?? Number.NEGATIVE_INFINITY,
        maximum: rule.maxValue ?? Number.POSITIVE_INFINITY,
        isWhole: rule.isInt,
      },
    ]
  }),
) as Record<VitalsField, FieldLimit>
