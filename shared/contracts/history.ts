import { z } from 'zod'
import {
  ALCOHOL_USES,
  ALLERGY_CATEGORIES,
  ALLERGY_SEVERITIES,
  BRUSHING_HABITS,
  CONDITIONS,
  DENTAL_TREATMENTS,
  TOBACCO_FORMS,
  TOBACCO_USES,
} from '../clinical/history-codes.ts'
import { because, boundedInt, text } from './primitives.ts'

/**
 * Medical and dental history as a dental clinic takes it at the first visit, as the API
 * takes and sends it (server/modules/history, web/src/features/history). Conditions are coded
 * (so alerts and later modules can rely on them) with a free-text note; the codes live in
 * shared/clinical/history-codes.ts.
 */

const note = (maxLength: number) => text(maxLength, { isRequired: false }).optional()

const ConditionSchema = z
  .object({
    code: z.enum(CONDITIONS),
    note: note(500),
    since: note(50).meta({ description: 'Free text, e.g. "2019" or "5 years"' }),
    // The 2017 AAP/EFP periodontitis grade reads diabetes control from HbA1c (< 7 % raises the
    // grade to B, ≥ 7 % to C); 3–20 % covers every value a laboratory reports.
    hba1cPercent: z
      .number()
      .min(3)
      .max(20)
      .optional()
      .meta({ description: 'Latest HbA1c, %; only on code "diabetes"' }),
  })
  .refine((condition) => condition.code !== 'other' || Boolean(condition.note), {
    ...because('history.other_needs_note'),
    path: ['note'],
  })
  .refine((condition) => condition.hba1cPercent === undefined || condition.code === 'diabetes', {
    ...because('history.hba1c_only_diabetes'),
    path: ['hba1cPercent'],
  })

const AllergySchema = z.object({
  substance: text(100).meta({ example: 'Penicillin' }),
  category: z.enum(ALLERGY_CATEGORIES),
  severity: z.enum(ALLERGY_SEVERITIES),
  reaction: note(200).meta({ example: 'Hives and swelling' }),
})

const MedicationSchema = z.object({
  name: text(100).meta({ example: 'Warfarin' }),
  dose: note(50),
  frequency: note(50),
  isBloodThinner: z
    .boolean()
    .optional()
    .meta({ description: 'Also detected from the name for common anticoagulants' }),
})

const HabitsSchema = z.object({
  tobacco: z.enum(TOBACCO_USES).optional(),
  tobaccoForms: z.array(z.enum(TOBACCO_FORMS)).max(TOBACCO_FORMS.length).optional(),
  // The 2017 periodontitis grade reads smoking as cigarettes a day (< 10 grade B, ≥ 10 C).
  cigarettesPerDay: boundedInt(0, 100)
    .optional()
    .meta({ description: 'Cigarettes a day; meaningful only with the form "smoking"' }),
  alcohol: z.enum(ALCOHOL_USES).optional(),
  notes: note(500),
})

const DentalHistorySchema = z.object({
  lastDentalVisit: note(50).meta({ example: 'About a year ago' }),
  previousTreatments: z.array(z.enum(DENTAL_TREATMENTS)).max(DENTAL_TREATMENTS.length).optional(),
  brushing: z.enum(BRUSHING_HABITS).optional(),
  bleedingGums: z.boolean().optional(),
  sensitivity: z.boolean().optional(),
  dentalAnxiety: z.boolean().optional(),
  notes: note(1000),
})

const HistoryFields = {
  conditions: z.array(ConditionSchema).max(50),
  allergies: z.array(AllergySchema).max(50),
  medications: z.array(MedicationSchema).max(50),
  habits: HabitsSchema,
  dentalHistory: DentalHistorySchema,
  chiefComplaint: text(2000, { isRequired: false }).nullable(),
}

/** The body of PUT /patients/{id}/history: the whole history, with the version edited. */
export const SaveHistorySchema = z
  .object({
    ...HistoryFields,
    // The column is an int4: a larger number is refused here rather than by PostgreSQL.
    version: boundedInt(0).meta({
      description:
        'The version you edited (0 for a first history). A newer version on the server gives 409, so two people cannot overwrite each other.',
    }),
  })
  .meta({ id: 'SaveMedicalHistory' })
export type SaveHistory = z.infer<typeof SaveHistorySchema>

export const AlertSchema = z
  .object({
    kind: z.enum(['allergy', 'condition', 'blood_thinner']),
    severity: z.enum(['critical', 'warning']),
    code: z.string().meta({ description: 'Condition code, allergy severity or "medication"' }),
    text: z.string().nullable().meta({ description: 'Substance or medicine name, if any' }),
  })
  .meta({ id: 'ClinicalAlert', description: 'A warning a clinician must see before treating' })
/** A warning about the patient a clinician must see before treating them. */
export type ClinicalAlert = z.infer<typeof AlertSchema>

export const HistorySchema = z
  .object({
    ...HistoryFields,
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable().meta({ description: 'Name of who saved it last' }),
    alerts: z.array(AlertSchema),
  })
  .meta({ id: 'MedicalHistory' })
export type History = z.infer<typeof HistorySchema>

export type ConditionEntry = History['conditions'][number]
export type Allergy = History['allergies'][number]
export type Medication = History['medications'][number]
export type Habits = History['habits']
export type DentalHistory = History['dentalHistory']
export type AllergyCategory = Allergy['category']
export type AllergySeverity = Allergy['severity']
export type DentalTreatment = NonNullable<DentalHistory['previousTreatments']>[number]
export type TobaccoForm = NonNullable<Habits['tobaccoForms']>[number]
export type TobaccoUse = NonNullable<Habits['tobacco']>
export type AlcoholUse = NonNullable<Habits['alcohol']>
export type BrushingHabit = NonNullable<DentalHistory['brushing']>
export type { Condition } from '../clinical/history-codes.ts'
