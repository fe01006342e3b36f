import { z } from '@hono/zod-openapi'
import {
  ALCOHOL_USES,
  ALLERGY_CATEGORIES,
  ALLERGY_SEVERITIES,
  BRUSHING_HABITS,
  CONDITIONS,
  DENTAL_TREATMENTS,
  TOBACCO_FORMS,
  TOBACCO_USES,
} from '../../../shared/clinical/history-codes.ts'
import { boundedInt } from '../../../shared/contracts/primitives.ts'
import { because } from '../../http/errors.ts'

/**
 * Medical and dental history as a dental clinic takes it at the first visit.
 * Conditions are coded (so alerts and later modules can rely on them) with a
 * free-text note; the codes live in shared/clinical/history-codes.ts.
 */

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max)
const note = (max: number) => z.string().trim().max(max).optional()

const ConditionSchema = z
  .object({
    code: z.enum(CONDITIONS),
    note: note(500),
    since: note(50).openapi({ description: 'Free text, e.g. "2019" or "5 years"' }),
  })
  .refine((condition) => condition.code !== 'other' || Boolean(condition.note), {
    ...because('history.other_needs_note'),
    path: ['note'],
  })

const AllergySchema = z.object({
  substance: text(100).openapi({ example: 'Penicillin' }),
  category: z.enum(ALLERGY_CATEGORIES),
  severity: z.enum(ALLERGY_SEVERITIES),
  reaction: note(200).openapi({ example: 'Hives and swelling' }),
})

const MedicationSchema = z.object({
  name: text(100).openapi({ example: 'Warfarin' }),
  dose: note(50),
  frequency: note(50),
  isBloodThinner: z
    .boolean()
    .optional()
    .openapi({ description: 'Also detected from the name for common anticoagulants' }),
})

const HabitsSchema = z.object({
  tobacco: z.enum(TOBACCO_USES).optional(),
  tobaccoForms: z.array(z.enum(TOBACCO_FORMS)).max(TOBACCO_FORMS.length).optional(),
  alcohol: z.enum(ALCOHOL_USES).optional(),
  notes: note(500),
})

const DentalHistorySchema = z.object({
  lastDentalVisit: note(50).openapi({ example: 'About a year ago' }),
  previousTreatments: z.array(z.enum(DENTAL_TREATMENTS)).max(DENTAL_TREATMENTS.length).optional(),
  brushing: z.enum(BRUSHING_HABITS).optional(),
  bleedingGums: z.boolean().optional(),
  sensitivity: z.boolean().optional(),
  dentalAnxiety: z.boolean().optional(),
  notes: note(1000),
})

export const HistoryFields = {
  conditions: z.array(ConditionSchema).max(50),
  allergies: z.array(AllergySchema).max(50),
  medications: z.array(MedicationSchema).max(50),
  habits: HabitsSchema,
  dentalHistory: DentalHistorySchema,
  chiefComplaint: z.string().trim().max(2000).nullable(),
}

export const SaveHistorySchema = z
  .object({
    ...HistoryFields,
    // The column is an int4: a larger number is refused here rather than by PostgreSQL.
    version: boundedInt(0).openapi({
      description:
        'The version you edited (0 for a first history). A newer version on the server gives 409, so two people cannot overwrite each other.',
    }),
  })
  .openapi('SaveMedicalHistory')
export type SaveHistory = z.infer<typeof SaveHistorySchema>

export const AlertSchema = z
  .object({
    kind: z.enum(['allergy', 'condition', 'blood_thinner']),
    severity: z.enum(['critical', 'warning']),
    code: z.string().openapi({ description: 'Condition code, allergy severity or "medication"' }),
    text: z.string().nullable().openapi({ description: 'Substance or medicine name, if any' }),
  })
  .openapi('ClinicalAlert')
export type Alert = z.infer<typeof AlertSchema>

export const HistorySchema = z
  .object({
    ...HistoryFields,
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable().openapi({ description: 'Name of who saved it last' }),
    alerts: z.array(AlertSchema),
  })
  .openapi('MedicalHistory')
export type History = z.infer<typeof HistorySchema>
