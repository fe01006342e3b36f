import { z } from 'zod'
import {
  DOSAGE_FORMS,
  DOSE_UNITS,
  DRUG_SCHEDULES,
  FOOD_TIMINGS,
  FREQUENCIES,
  ROUTES,
  WARNING_KINDS,
} from '../prescriptions/types.ts'
import { ErrorSchema } from './errors.ts'
import { because, boundedInt, isoDate, text } from './primitives.ts'

/**
 * Prescriptions as the API takes and sends them (server/modules/prescriptions; issue #13 §2–3).
 * A draft is edited freely; issuing re-runs the safety checks on the server, snapshots the
 * prescriber's registration details and stores the PDF; an issued prescription is immutable and
 * a correction is a new prescription that cancels the old (IMC Regulations 1.4.2, 1.5;
 * india-domain §5.1). The vocabulary (forms, routes, frequencies…) is shared/prescriptions/types.ts.
 */

export const PRESCRIPTION_STATUSES = ['draft', 'issued', 'cancelled'] as const
export type PrescriptionStatus = (typeof PRESCRIPTION_STATUSES)[number]

export const PRESCRIPTION_LANGUAGES = ['en', 'hi'] as const
export type PrescriptionLanguage = (typeof PRESCRIPTION_LANGUAGES)[number]

export const MAX_LINES = 20
export const MAX_DURATION_DAYS = 365
/** Far above any real single dose in any unit (mg, ml, tablets); the drug's own hard limit is checked on the server. */
export const MAX_DOSE_AMOUNT = 100_000

/** Up to three decimals (0.125 mg, 2.5 ml): more is a typo, and numeric(10,3) would round it. */
const hasAtMostThreeDecimals = (value: number) =>
  Math.abs(Math.round(value * 1000) - value * 1000) < 1e-6

const positiveAmount = (maximum: number) =>
  z
    .number()
    // min, not positive(): the OpenAPI document needs an inclusive bound; 0.001 is the smallest amount.
    .min(0.001)
    .max(maximum)
    .refine(hasAtMostThreeDecimals, because('field.not_multiple', { divisor: 0.001 }))

export const StrengthSchema = z
  .object({
    label: text(60).meta({ description: 'As printed: "500 mg", "125 mg/5 ml"' }),
    mg: positiveAmount(1_000_000)
      .optional()
      .meta({ description: 'Milligrams per unit or per perMl' }),
    perMl: positiveAmount(1000).optional().meta({ description: 'Millilitres that hold mg' }),
  })
  .meta({ id: 'DrugStrength' })

export const PrescriptionLineInputSchema = z
  .object({
    drugCode: text(80).nullable().meta({
      description:
        "A drug of the master ('amoxicillin') or of the clinic ('clinic:<uuid>'); null for a custom line",
    }),
    isCustom: z.boolean().meta({
      description: 'True for a drug in neither the master nor the clinic items; give its name',
    }),
    genericName: text(120).meta({ description: 'Generic name; printed in CAPITALS' }),
    strength: StrengthSchema.nullable(),
    form: z.enum(DOSAGE_FORMS),
    doseAmount: positiveAmount(MAX_DOSE_AMOUNT).meta({ description: 'Per dose, up to 3 decimals' }),
    doseUnit: z.enum(DOSE_UNITS),
    route: z.enum(ROUTES),
    frequency: z.enum(FREQUENCIES),
    foodTiming: z.enum(FOOD_TIMINGS),
    durationDays: boundedInt(1, MAX_DURATION_DAYS),
    quantity: text(60).meta({ description: 'Total to dispense, e.g. "15 tablets" (Rule 65)' }),
    instructions: text(500, { isRequired: false }).meta({
      description: "In the patient's language (the prescription's language)",
    }),
  })
  .refine((line) => line.isCustom || line.drugCode !== null, {
    ...because('prescription.drug_code_required'),
    path: ['drugCode'],
  })
  .refine((line) => !line.isCustom || line.drugCode === null, {
    ...because('prescription.custom_has_code'),
    path: ['drugCode'],
  })
  .meta({ id: 'PrescriptionLineInput' })
export type PrescriptionLineInput = z.infer<typeof PrescriptionLineInputSchema>

export const PrescriptionDraftSchema = z
  .object({
    diagnosis: text(500, { isRequired: false }),
    advice: text(2000, { isRequired: false }),
    followUpDate: isoDate().nullable(),
    language: z.enum(PRESCRIPTION_LANGUAGES),
    lines: z.array(PrescriptionLineInputSchema).min(1).max(MAX_LINES),
  })
  .meta({ id: 'PrescriptionDraft' })
export type PrescriptionDraft = z.infer<typeof PrescriptionDraftSchema>

/** Mirrors SafetyWarning of shared/prescriptions/types.ts. */
export const PrescriptionWarningSchema = z
  .object({
    id: z.string(),
    kind: z.enum(WARNING_KINDS),
    severity: z.enum(['high', 'moderate', 'info']),
    lines: z.array(z.number().int()),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    source: z.string().optional(),
    needsOverride: z.boolean(),
  })
  .meta({ id: 'PrescriptionWarning' })
export type PrescriptionWarningBody = z.infer<typeof PrescriptionWarningSchema>

export const PrescriptionChecksSchema = z
  .object({ warnings: z.array(PrescriptionWarningSchema) })
  .meta({ id: 'PrescriptionChecks' })
export type PrescriptionChecks = z.infer<typeof PrescriptionChecksSchema>

export const IssuePrescriptionSchema = z
  .object({
    overrides: z
      .array(
        z.object({
          warningId: text(200),
          reason: text(500).refine((value) => value.length >= 3, {
            ...because('field.too_short', { minimum: 3 }),
          }),
        }),
      )
      .max(100),
  })
  .meta({ id: 'IssuePrescription' })
export type IssuePrescription = z.infer<typeof IssuePrescriptionSchema>

export const CancelPrescriptionSchema = z
  .object({
    reason: text(500).refine(
      (value) => value.length >= 3,
      because('field.too_short', { minimum: 3 }),
    ),
  })
  .meta({ id: 'CancelPrescription' })
export type CancelPrescription = z.infer<typeof CancelPrescriptionSchema>

export const PrescriptionLineSchema = z
  .object({
    position: z.number().int().meta({ description: 'From 0, as the warnings count lines' }),
    drugCode: z.string().nullable(),
    isCustom: z.boolean(),
    genericName: z.string(),
    strength: z
      .object({ label: z.string(), mg: z.number().optional(), perMl: z.number().optional() })
      .nullable(),
    form: z.enum(DOSAGE_FORMS),
    doseAmount: z.number(),
    doseUnit: z.enum(DOSE_UNITS),
    route: z.enum(ROUTES),
    frequency: z.enum(FREQUENCIES),
    foodTiming: z.enum(FOOD_TIMINGS),
    durationDays: z.number().int(),
    quantity: z.string(),
    instructions: z.string(),
    schedule: z.enum(DRUG_SCHEDULES).nullable().meta({ description: 'Null for a custom line' }),
  })
  .meta({ id: 'PrescriptionLine' })
export type PrescriptionLine = z.infer<typeof PrescriptionLineSchema>

export const PrescriberSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    qualification: z.string().nullable(),
    council: z.string().nullable(),
    registrationNumber: z.string().nullable(),
  })
  .meta({
    id: 'Prescriber',
    description: "Snapshotted at issue; a draft shows the author's current profile",
  })

export const PrescriptionOverrideSchema = z
  .object({
    warningId: z.string(),
    kind: z.enum(WARNING_KINDS),
    reason: z.string(),
    overriddenBy: z.string().nullable(),
    overriddenAt: z.string(),
  })
  .meta({ id: 'PrescriptionOverride' })

export const PrescriptionSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    status: z.enum(PRESCRIPTION_STATUSES),
    number: z
      .string()
      .nullable()
      .meta({ description: 'Per-clinic series, e.g. RX/26-27/0001; set at issue' }),
    language: z.enum(PRESCRIPTION_LANGUAGES),
    diagnosis: z.string(),
    advice: z.string(),
    followUpDate: z.string().nullable(),
    prescriber: PrescriberSchema,
    lines: z.array(PrescriptionLineSchema),
    warnings: z.array(PrescriptionWarningSchema).meta({
      description: 'Issued: the warnings at issue; draft: as the content stands now',
    }),
    overrides: z.array(PrescriptionOverrideSchema),
    replaces: z.uuid().nullable(),
    replacedBy: z.uuid().nullable(),
    documentId: z
      .uuid()
      .nullable()
      .meta({ description: "The stored PDF among the patient's documents" }),
    createdAt: z.string(),
    updatedAt: z.string(),
    issuedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
  })
  .meta({ id: 'Prescription' })
export type Prescription = z.infer<typeof PrescriptionSchema>

export const PrescriptionSummarySchema = z
  .object({
    id: z.uuid(),
    status: z.enum(PRESCRIPTION_STATUSES),
    number: z.string().nullable(),
    diagnosis: z.string(),
    prescriberName: z.string(),
    lineCount: z.number().int(),
    drugs: z.array(z.string()).meta({ description: 'Generic names, in line order' }),
    createdAt: z.string(),
    issuedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    replaces: z.uuid().nullable(),
    replacedBy: z.uuid().nullable(),
  })
  .meta({ id: 'PrescriptionSummary' })
export type PrescriptionSummary = z.infer<typeof PrescriptionSummarySchema>

export const PrescriptionListSchema = z
  .object({ prescriptions: z.array(PrescriptionSummarySchema) })
  .meta({ id: 'PrescriptionList' })

/** 409 on issue: the standard error plus the warnings that still need a reason. */
export const PrescriptionIssueRefusedSchema = z
  .object({
    error: ErrorSchema.shape.error,
    warnings: z.array(PrescriptionWarningSchema).optional().meta({
      description:
        'On reasons prescription.override_needed and prescription.warnings_changed: every warning of the prescription as it is now; those with needsOverride need a reason',
    }),
  })
  .meta({ id: 'PrescriptionIssueRefused' })
export type PrescriptionIssueRefused = z.infer<typeof PrescriptionIssueRefusedSchema>

export const PatientPrescriptionParams = z.object({ patientId: z.uuid() })
export const PrescriptionParams = z.object({ id: z.uuid() })
