import { z } from 'zod'
import { isMultiRooted, isTooth, PERIO_SITES } from '../dental/fdi.ts'
import { because, boundedInt } from './primitives.ts'

/**
 * Periodontal chart entry, as the API takes it (server/modules/perio) and the web
 * app sends it. Six sites per tooth (PERIO_SITES); pocket depth 0–15 mm, recession −5..15 mm
 * (negative when the margin is coronal to the CEJ). Clinical attachment level is never entered:
 * it is computed as PPD + recession (shared/dental/perio-summary.ts).
 */

const ToothSchema = boundedInt(11, 85).refine(isTooth, because('chart.invalid_tooth'))

export const PerioSiteInputSchema = z
  .strictObject({
    tooth: ToothSchema,
    site: z.enum(PERIO_SITES),
    ppd: boundedInt(0, 15).nullable().meta({ description: 'Probing pocket depth, mm' }),
    recession: boundedInt(-5, 15)
      .nullable()
      .meta({ description: 'Gingival margin to CEJ, mm; negative when coronal to the CEJ' }),
    bleeding: z.boolean(),
    suppuration: z.boolean(),
    plaque: z.boolean(),
  })
  .meta({ id: 'PerioSiteInput' })

export const PerioToothInputSchema = z
  .strictObject({
    tooth: ToothSchema,
    missing: z.boolean(),
    implant: z.boolean(),
    mobility: boundedInt(0, 3).nullable().meta({ description: 'Miller 0–III' }),
    furcation: boundedInt(1, 4)
      .nullable()
      .meta({ description: 'Glickman I–IV, multi-rooted teeth only' }),
  })
  .refine((t) => t.furcation === null || !isTooth(t.tooth) || isMultiRooted(t.tooth), {
    ...because('perio.furcation_single_rooted'),
    path: ['furcation'],
  })
  // An implant replaces a missing tooth: the site is one or the other (the table's CHECK too).
  .refine((t) => !(t.missing && t.implant), {
    ...because('perio.missing_and_implant'),
    path: ['implant'],
  })
  .meta({ id: 'PerioToothInput' })

/** A save of the draft: any number of sites and teeth at once (the web app auto-advances). */
export const PerioMeasurementsSchema = z
  .strictObject({
    sites: z
      .array(PerioSiteInputSchema)
      .max(52 * 6)
      .default([]),
    teeth: z.array(PerioToothInputSchema).max(52).default([]),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>()
    body.sites.forEach((s, index) => {
      const key = `${s.tooth}:${s.site}`
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', ...because('perio.site_repeated'), path: ['sites', index] })
      }
      seen.add(key)
    })
    const teeth = new Set<number>()
    body.teeth.forEach((t, index) => {
      if (teeth.has(t.tooth)) {
        ctx.addIssue({ code: 'custom', ...because('perio.site_repeated'), path: ['teeth', index] })
      }
      teeth.add(t.tooth)
    })
  })
  .meta({ id: 'PerioMeasurements' })

export type PerioSiteInput = z.infer<typeof PerioSiteInputSchema>
export type PerioToothInput = z.infer<typeof PerioToothInputSchema>
export type PerioMeasurements = z.infer<typeof PerioMeasurementsSchema>

// ---------------------------------------------------------------------------------------------
// Requests of server/modules/perio (besides PerioMeasurementsSchema above).

export const PERIO_EXAM_STATUSES = ['draft', 'completed'] as const
export const PERIO_STAGES = ['I', 'II', 'III', 'IV'] as const
export const PERIO_GRADES = ['A', 'B', 'C'] as const

/** Path parameters of one exam. */
export const PerioExamParams = z.object({ id: z.uuid(), examId: z.uuid() })

/** Query of the comparison: two exams of the same patient, older first by convention. */
export const PerioCompareQuery = z.object({
  from: z.uuid().meta({ description: 'The earlier exam' }),
  to: z.uuid().meta({ description: 'The later exam' }),
})

/** POST /patients/{id}/perio/exams */
export const NewPerioExamSchema = z
  .strictObject({
    copyFrom: z.enum(['blank', 'previous']).default('blank').meta({
      description:
        '"previous" copies the measurements of the latest completed exam (missing teeth and implants included); 409 perio.no_previous_exam when there is none',
    }),
    includeImplants: z
      .boolean()
      .default(false)
      .meta({ description: 'Whether implants are probed and counted like teeth in the summary' }),
    appointmentId: z
      .uuid()
      .nullable()
      .optional()
      .meta({ description: 'An appointment of the same patient, or null' }),
  })
  .meta({ id: 'NewPerioExam' })
export type NewPerioExam = z.input<typeof NewPerioExamSchema>

/**
 * POST /patients/{id}/perio/exams/{examId}/complete. The stage and grade are the dentist's
 * confirmation of the 2017 AAP/EFP suggestion (shared/dental/perio-staging.ts); confirming
 * them needs clinical.sign (not assistants), completing alone clinical.chart_entry.
 */
export const CompletePerioExamSchema = z
  .strictObject({
    confirmedStage: z.enum(PERIO_STAGES).optional(),
    confirmedGrade: z.enum(PERIO_GRADES).optional(),
  })
  .meta({ id: 'CompletePerioExam' })
export type CompletePerioExam = z.infer<typeof CompletePerioExamSchema>

/**
 * PUT /patients/{id}/perio/exams/{examId}/staging: a dentist (clinical.sign) records or changes
 * the confirmed stage and grade later, e.g. after an assistant completed the charting. The only
 * change a completed exam accepts.
 */
export const ConfirmPerioStagingSchema = z
  .strictObject({
    confirmedStage: z.enum(PERIO_STAGES).nullable(),
    confirmedGrade: z.enum(PERIO_GRADES).nullable(),
  })
  .meta({ id: 'ConfirmPerioStaging' })
export type ConfirmPerioStaging = z.infer<typeof ConfirmPerioStagingSchema>

// ---------------------------------------------------------------------------------------------
// Responses.

const mm = z.number().int()
const SiteCode = z.enum(PERIO_SITES)

export const PerioSummarySchema = z
  .object({
    teethPresent: z.number().int().meta({ description: 'Natural teeth, not missing' }),
    sitesProbed: z.number().int(),
    bleedingOnProbingPercent: z.number().nullable().meta({ description: 'One decimal' }),
    plaquePercent: z.number().nullable().meta({ description: 'One decimal' }),
    sitesPpd4OrMore: z.number().int(),
    sitesPpd6OrMore: z.number().int(),
    maxPpd: mm.nullable(),
    worstInterdentalCal: z.object({ tooth: z.number().int(), site: SiteCode, cal: mm }).nullable(),
    maxFurcation: z.number().int().nullable(),
    maxMobility: z.number().int().nullable(),
  })
  .meta({ id: 'PerioSummary', description: 'shared/dental/perio-summary.ts summarisePerio' })
export type PerioSummaryResponse = z.infer<typeof PerioSummarySchema>

export const PerioSiteSchema = z
  .object({
    tooth: z.number().int(),
    site: SiteCode,
    ppd: mm.nullable(),
    recession: mm.nullable(),
    cal: mm.nullable().meta({ description: 'PPD + recession; null unless both were measured' }),
    bleeding: z.boolean(),
    suppuration: z.boolean(),
    plaque: z.boolean(),
  })
  .meta({ id: 'PerioSite' })
export type PerioSiteRecord = z.infer<typeof PerioSiteSchema>

export const PerioToothSchema = z
  .object({
    tooth: z.number().int(),
    missing: z.boolean(),
    implant: z.boolean(),
    mobility: z.number().int().nullable(),
    furcation: z.number().int().nullable(),
  })
  .meta({ id: 'PerioTooth' })
export type PerioToothResponse = z.infer<typeof PerioToothSchema>

const ExamHeader = {
  id: z.uuid(),
  status: z.enum(PERIO_EXAM_STATUSES),
  includeImplants: z.boolean(),
  appointmentId: z.uuid().nullable(),
  copiedFrom: z.uuid().nullable().meta({ description: 'The exam this one was copied from' }),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable().meta({ description: 'Name of who started it' }),
  updatedAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
  completedBy: z.string().nullable().meta({ description: 'Name of who completed it' }),
  confirmedStage: z.enum(PERIO_STAGES).nullable(),
  confirmedGrade: z.enum(PERIO_GRADES).nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  confirmedBy: z.string().nullable().meta({ description: 'Name of the dentist who confirmed' }),
  summary: PerioSummarySchema,
}

export const PerioExamListItemSchema = z.object(ExamHeader).meta({ id: 'PerioExamListItem' })
export type PerioExamListItem = z.infer<typeof PerioExamListItemSchema>

export const PerioExamListSchema = z
  .object({
    exams: z.array(PerioExamListItemSchema).meta({ description: 'Newest first' }),
  })
  .meta({ id: 'PerioExamList' })
export type PerioExamList = z.infer<typeof PerioExamListSchema>

export const PerioExamSchema = z
  .object({
    ...ExamHeader,
    teeth: z.array(PerioToothSchema).meta({
      description:
        'Teeth with a per-tooth record (missing, implant, mobility, furcation), by tooth number; a tooth without one is present with nothing recorded',
    }),
    sites: z.array(PerioSiteSchema).meta({ description: 'Recorded sites, by tooth then site' }),
  })
  .meta({ id: 'PerioExam' })
export type PerioExam = z.infer<typeof PerioExamSchema>

const SiteValues = z.object({
  ppd: mm.nullable(),
  recession: mm.nullable(),
  cal: mm.nullable(),
  bleeding: z.boolean(),
  suppuration: z.boolean(),
  plaque: z.boolean(),
})
const ToothValues = z.object({
  missing: z.boolean(),
  implant: z.boolean(),
  mobility: z.number().int().nullable(),
  furcation: z.number().int().nullable(),
})

/** Clinically significant attachment loss between two exams (a change ≥ 2 mm; probe error ~1 mm). */
export const CAL_WORSENED_MM = 2

export const PerioComparisonSchema = z
  .object({
    from: PerioExamListItemSchema,
    to: PerioExamListItemSchema,
    teeth: z
      .array(
        z.object({
          tooth: z.number().int(),
          from: ToothValues.nullable(),
          to: ToothValues.nullable(),
        }),
      )
      .meta({ description: 'Every tooth recorded in either exam, by tooth number' }),
    sites: z
      .array(
        z.object({
          tooth: z.number().int(),
          site: SiteCode,
          from: SiteValues.nullable(),
          to: SiteValues.nullable(),
          calChange: mm
            .nullable()
            .meta({ description: 'to.cal − from.cal; positive = attachment lost' }),
          calWorsened: z.boolean().meta({ description: 'calChange ≥ 2 mm' }),
        }),
      )
      .meta({ description: 'Every site recorded in either exam, by tooth then site' }),
    sitesCalWorsened: z.number().int(),
  })
  .meta({ id: 'PerioComparison' })
export type PerioComparison = z.infer<typeof PerioComparisonSchema>

/**
 * What the medical history and the patient record give the staging helper
 * (suggestStageAndGrade); null where unknown, so the screen asks for it.
 */
export const PerioStagingInputsSchema = z
  .object({
    age: z.number().int().nullable().meta({ description: 'Years, by the clinic’s today' }),
    cigarettesPerDay: z.number().int().nullable().meta({
      description:
        '0 for never and former smokers; the count for current smokers; null when unknown',
    }),
    formerSmoker: z.boolean().meta({
      description: 'True when the history says former tobacco use (counted as 0 a day)',
    }),
    diabetes: z.boolean().nullable().meta({ description: 'null when there is no history' }),
    hba1c: z.number().nullable().meta({ description: 'Latest HbA1c %, when diabetic' }),
  })
  .meta({ id: 'PerioStagingInputs' })
export type PerioStagingInputs = z.infer<typeof PerioStagingInputsSchema>
