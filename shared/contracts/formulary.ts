import { z } from 'zod'
import {
  DOSAGE_FORMS,
  DOSE_UNITS,
  DRUG_SCHEDULES,
  FOOD_TIMINGS,
  FREQUENCIES,
  ROUTES,
} from '../prescriptions/types.ts'
import { MAX_DOSE_AMOUNT, MAX_DURATION_DAYS, StrengthSchema } from './prescriptions.ts'
import { because, boundedInt, queryInt, text } from './primitives.ts'

/**
 * The formulary (server/modules/formulary; issue #13 §1, §2): the drug master and the clinic's
 * own items as one type-ahead, each prescriber's favourites and the clinic's per-diagnosis sets.
 * Clinical roles read them; owners, admins and doctors (clinical.write) change them. The
 * vocabulary is shared/prescriptions/types.ts; a drug's shape is its `Drug`.
 */

const hasAtMostThreeDecimals = (value: number) =>
  Math.abs(Math.round(value * 1000) - value * 1000) < 1e-6

/**
 * A positive amount with up to three decimals: `min(0.001)` rather than `positive()`, so the
 * OpenAPI document states both bounds (server/http/openapi-document.int.test.ts).
 */
const amount = (maximum: number) =>
  z
    .number()
    .min(0.001, 'must be greater than 0')
    .max(maximum)
    .refine(hasAtMostThreeDecimals, because('field.not_multiple', { divisor: 0.001 }))

/** A strength a clinic item comes in, bounded like the prescription line's. */
const StrengthInputSchema = z.object({
  label: text(60).meta({ description: 'As printed: "500 mg", "125 mg/5 ml"' }),
  mg: amount(1_000_000).optional().meta({ description: 'Milligrams per unit or per perMl' }),
  perMl: amount(1000).optional().meta({ description: 'Millilitres that hold mg' }),
})

/** The usual line of a drug: what a favourite or a set puts on the pad. */
export const FormularyLineSchema = z
  .object({
    drugCode: text(80).meta({ description: "A master slug ('amoxicillin') or 'clinic:<uuid>'" }),
    strengthLabel: text(60)
      .nullable()
      .meta({ description: "One of the drug's strengths as printed; null when it has none" }),
    doseAmount: amount(MAX_DOSE_AMOUNT),
    doseUnit: z.enum(DOSE_UNITS),
    route: z.enum(ROUTES),
    frequency: z.enum(FREQUENCIES),
    foodTiming: z.enum(FOOD_TIMINGS),
    durationDays: boundedInt(1, MAX_DURATION_DAYS),
    instructionsEn: text(500, { isRequired: false }),
    instructionsHi: text(500, { isRequired: false }),
  })
  .strict()
  .meta({ id: 'FormularyLine' })
export type FormularyLine = z.infer<typeof FormularyLineSchema>

const CautionSchema = z.object({
  level: z.enum(['avoid', 'caution']),
  note: z.string(),
  minAgeYears: z.number().optional(),
})

export const FormularyDrugSchema = z
  .object({
    code: z.string(),
    generic: z.string(),
    classes: z.array(z.string()),
    category: z.string(),
    schedule: z.enum(DRUG_SCHEDULES),
    presentations: z.array(
      z.object({ form: z.enum(DOSAGE_FORMS), strengths: z.array(StrengthSchema) }),
    ),
    routes: z.array(z.enum(ROUTES)),
    pregnancy: CautionSchema.optional(),
    paediatric: CautionSchema.optional(),
    source: z.string(),
    isClinicItem: z.boolean(),
    isArchived: z.boolean(),
  })
  .meta({ id: 'FormularyDrug' })
export type FormularyDrug = z.infer<typeof FormularyDrugSchema>

export const FavouriteSchema = FormularyLineSchema.extend({
  id: z.uuid(),
  drugName: z.string().meta({ description: 'The generic name of drugCode' }),
  updatedAt: z.string(),
}).meta({ id: 'PrescriptionFavourite' })
export type Favourite = z.infer<typeof FavouriteSchema>

export const FavouriteListSchema = z
  .object({ favourites: z.array(FavouriteSchema) })
  .meta({ id: 'PrescriptionFavouriteList' })

/** A type-ahead hit: a drug, with the prescriber's favourite line for it when there is one. */
export const DrugSearchHitSchema = z
  .object({ drug: FormularyDrugSchema, favourite: FavouriteSchema.nullable() })
  .meta({ id: 'DrugSearchHit' })
export type DrugSearchHit = z.infer<typeof DrugSearchHitSchema>

export const DrugSearchSchema = z
  .object({ hits: z.array(DrugSearchHitSchema) })
  .meta({ id: 'DrugSearch', description: "The prescriber's favourites first, then by name" })
export type DrugSearch = z.infer<typeof DrugSearchSchema>

/** `q` is typed by the prescriber (a drug's name, never patient data), so a query string is fine. */
export const DrugSearchQuery = z.object({
  q: text(60, { isRequired: false }).optional(),
  limit: queryInt(1, 50).optional(),
})

export const DrugCodeParam = z.object({ code: text(80) })

export const ClinicDrugFieldsSchema = z.object({
  generic: text(120).meta({ description: 'Generic name, unique among the live items' }),
  classes: z.array(text(60)).max(10).meta({
    description: 'Classes the master uses, most specific first (allergy checks read them)',
  }),
  category: text(60),
  schedule: z.enum(DRUG_SCHEDULES),
  presentations: z
    .array(
      z.object({
        form: z.enum(DOSAGE_FORMS),
        strengths: z.array(StrengthInputSchema).max(10),
      }),
    )
    .min(1)
    .max(10),
  routes: z.array(z.enum(ROUTES)).min(1).max(ROUTES.length),
})

export const NewClinicDrugSchema = ClinicDrugFieldsSchema.strict().meta({ id: 'NewClinicDrug' })
export type NewClinicDrug = z.infer<typeof NewClinicDrugSchema>

export const EditClinicDrugSchema = ClinicDrugFieldsSchema.partial()
  .extend({ isArchived: z.boolean().optional() })
  .strict()
  .meta({ id: 'EditClinicDrug', description: 'Only the fields sent change' })
export type EditClinicDrug = z.infer<typeof EditClinicDrugSchema>

export const ClinicDrugListSchema = z
  .object({ drugs: z.array(FormularyDrugSchema) })
  .meta({ id: 'ClinicDrugList' })
export type ClinicDrugList = z.infer<typeof ClinicDrugListSchema>

export const ClinicDrugListQuery = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: archived items too (each says isArchived), to restore one' }),
})

export const PrescriptionSetFieldsSchema = z
  .object({
    name: text(80).meta({ description: 'A diagnosis, unique in the clinic ignoring case' }),
    lines: z.array(FormularyLineSchema).min(1).max(20),
  })
  .strict()
export const NewPrescriptionSetSchema = PrescriptionSetFieldsSchema.meta({
  id: 'NewPrescriptionSet',
})
export type NewPrescriptionSet = z.infer<typeof NewPrescriptionSetSchema>

export const PrescriptionSetSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    lines: z.array(FormularyLineSchema.extend({ drugName: z.string() })),
    /** False for the sets every clinic starts with. */
    isCustom: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PrescriptionSet' })
export type PrescriptionSet = z.infer<typeof PrescriptionSetSchema>

export const PrescriptionSetListSchema = z
  .object({ sets: z.array(PrescriptionSetSchema) })
  .meta({ id: 'PrescriptionSetList' })

export const FormularyIdParam = z.object({ id: z.uuid() })
