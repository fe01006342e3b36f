import { z } from 'zod'
import { isTooth, SURFACES } from '../dental/fdi.ts'
import { PRICING_MODELS } from './catalogue.ts'
import { because, boundedInt, isoDate, text } from './primitives.ts'

/**
 * Treatment plans (server/modules/plans; ADR 0018): items from the catalogue per tooth
 * (surfaces), quadrant or arch, phases, sittings, alternatives and versions, the estimate, the
 * patient's signed acceptance and the accepted-but-not-booked list. The same rules as the
 * database (db/migrations/20261205100100_treatment_plans.sql). Money in integer paise.
 */

export const PLAN_STATUSES = [
  'proposed',
  'accepted',
  'superseded',
  'declined',
  'cancelled',
  'completed',
] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const ITEM_STATUSES = [
  'proposed',
  'accepted',
  'in_progress',
  'completed',
  'declined',
  'cancelled',
  'superseded',
] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

export const PHASES = ['urgent', 'phase_1', 'phase_2', 'phase_3', 'maintenance'] as const
export type Phase = (typeof PHASES)[number]

export const ARCHES = ['upper', 'lower'] as const
export type Arch = (typeof ARCHES)[number]

export const DEFERRAL_REASONS = ['cost', 'time', 'fear', 'other'] as const
export type DeferralReason = (typeof DEFERRAL_REASONS)[number]

/** Paise on the wire are whole numbers within the database's integer. */
const paise = () => boundedInt(0, 1_000_000_000)

// ---- Responses ------------------------------------------------------------------------------

export const SittingSchema = z
  .object({
    id: z.uuid(),
    itemId: z.uuid(),
    sittingNumber: z.number().int(),
    performedOn: z.string(),
    doctorId: z.uuid(),
    doctorName: z.string(),
    workDone: z.string(),
    progressNote: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'TreatmentSitting' })
export type Sitting = z.infer<typeof SittingSchema>

export const PlanItemSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    procedureId: z.uuid(),
    code: z.string(),
    name: z.string(),
    pricingModel: z.enum(PRICING_MODELS),
    tooth: z.number().int().nullable(),
    surfaces: z.array(z.enum(SURFACES)),
    quadrant: z.number().int().nullable(),
    arch: z.enum(ARCHES).nullable(),
    quantity: z.number().int(),
    unitPricePaise: z.number().int(),
    discountPaise: z.number().int(),
    /** Quantity × unit price − discount: the taxable value when taxable. */
    netPaise: z.number().int(),
    sacCode: z.string(),
    taxable: z.boolean(),
    gstRateBp: z.number().int(),
    cgstPaise: z.number().int(),
    sgstPaise: z.number().int(),
    totalPaise: z.number().int(),
    phase: z.enum(PHASES),
    position: z.number().int(),
    plannedSittings: z.number().int(),
    status: z.enum(ITEM_STATUSES),
    /** The planned or completed finding this item put on the dental chart. */
    findingId: z.uuid().nullable(),
    completedAt: z.string().nullable(),
    sittings: z.array(SittingSchema),
  })
  .meta({ id: 'TreatmentPlanItem' })
export type PlanItem = z.infer<typeof PlanItemSchema>

export const EstimateTotalsSchema = z
  .object({
    subtotalPaise: z.number().int(),
    discountPaise: z.number().int(),
    taxableValuePaise: z.number().int(),
    exemptValuePaise: z.number().int(),
    cgstPaise: z.number().int(),
    sgstPaise: z.number().int(),
    gstPaise: z.number().int(),
    totalPaise: z.number().int(),
  })
  .meta({ id: 'EstimateTotals' })

export const AcceptanceSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    planVersion: z.number().int(),
    signedBy: z.enum(['patient', 'guardian']),
    /** The guardian's name; null when the patient signed. */
    guardianName: z.string().nullable(),
    totals: EstimateTotalsSchema,
    estimateSha256: z.string(),
    estimateDocumentId: z.uuid(),
    signedDocumentId: z.uuid(),
    witnessedBy: z.uuid(),
    witnessName: z.string(),
    acceptedAt: z.string(),
  })
  .meta({ id: 'TreatmentAcceptance' })
export type Acceptance = z.infer<typeof AcceptanceSchema>

export const PlanSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    title: z.string(),
    doctorId: z.uuid(),
    doctorName: z.string(),
    alternativeGroup: z.uuid(),
    revisionOf: z.uuid().nullable(),
    version: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    items: z.array(PlanItemSchema),
    totals: EstimateTotalsSchema,
    /** Items done out of items still to do or done (declined and cancelled ones do not count). */
    progress: z.object({ completed: z.number().int(), total: z.number().int() }),
    acceptance: AcceptanceSchema.nullable(),
  })
  .meta({ id: 'TreatmentPlan' })
export type Plan = z.infer<typeof PlanSchema>

export const PlanListSchema = z
  .object({ plans: z.array(PlanSchema) })
  .meta({ id: 'TreatmentPlanList' })
export type PlanList = z.infer<typeof PlanListSchema>

// ---- Requests -------------------------------------------------------------------------------

export const PlanParams = z.object({ id: z.uuid(), planId: z.uuid() })
export const PlanItemParams = z.object({ id: z.uuid(), planId: z.uuid(), itemId: z.uuid() })

export const NewPlanSchema = z.object({
  title: text(120),
  /** The responsible doctor; the person creating it if left out. */
  doctorId: z.uuid().optional(),
  note: text(1000, { isRequired: false }).optional(),
  /** Another proposed plan of this patient that this one is an alternative to. */
  alternativeTo: z.uuid().optional(),
})

export const PlanPatchSchema = z
  .object({
    title: text(120).optional(),
    doctorId: z.uuid().optional(),
    note: text(1000, { isRequired: false }).nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, because('field.nothing_to_change'))

const tooth = () => boundedInt(11, 85).refine(isTooth, because('chart.invalid_tooth'))

/**
 * Adds a procedure: one item per tooth for per-tooth and per-surface procedures (select teeth →
 * choose procedure), otherwise one item on a quadrant, an arch or the whole mouth. The price,
 * tax and sittings default from the catalogue.
 */
export const NewPlanItemsSchema = z.object({
  procedureId: z.uuid(),
  teeth: z.array(tooth()).min(1).max(32).optional(),
  surfaces: z.array(z.enum(SURFACES)).min(1).max(5).optional(),
  quadrant: boundedInt(1, 4).optional(),
  arch: z.enum(ARCHES).optional(),
  /** Visits, for a per-visit procedure. */
  quantity: boundedInt(1, 50).optional(),
  unitPricePaise: paise().optional(),
  /** Per item. */
  discountPaise: paise().optional(),
  phase: z.enum(PHASES).optional(),
  plannedSittings: boundedInt(1, 30).optional(),
})
export type NewPlanItems = z.infer<typeof NewPlanItemsSchema>

/** Changes an item of a proposed plan (prices, phase and order); the database refuses others. */
export const PlanItemPatchSchema = z
  .object({
    unitPricePaise: paise().optional(),
    discountPaise: paise().optional(),
    phase: z.enum(PHASES).optional(),
    position: boundedInt(0, 999).optional().meta({
      description:
        "The item's place within its phase, 0 first (with `phase`: within the new phase); the others move to make room. Left out with `phase`: last.",
    }),
    plannedSittings: boundedInt(1, 30).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, because('field.nothing_to_change'))
export type PlanItemPatch = z.infer<typeof PlanItemPatchSchema>

export const NewSittingSchema = z.object({
  performedOn: isoDate().optional().meta({ description: "The clinic's today if left out" }),
  /** The doctor who did it; the person recording if left out. */
  doctorId: z.uuid().optional(),
  workDone: text(500),
  progressNote: text(2000, { isRequired: false }).optional(),
  /** This sitting finishes the item: it becomes completed, and its chart finding too. */
  completesItem: z.boolean().default(false),
})
export type NewSitting = z.infer<typeof NewSittingSchema>

/** Declining, cancelling: a reason for the record. */
export const PlanStatusChangeSchema = z.object({
  reason: text(500, { isRequired: false }).optional(),
})

// ---- Estimate, acceptance, not booked (server/modules/plans/acceptance) ----------------------

export const ESTIMATE_LANGUAGES = ['en', 'hi'] as const
export type EstimateLanguage = (typeof ESTIMATE_LANGUAGES)[number]

export const EstimateQuery = z.object({
  /** The labels' language; the patient's preferred language if left out. */
  language: z.enum(ESTIMATE_LANGUAGES).optional(),
})

export const EstimateSchema = z
  .object({
    planId: z.uuid(),
    planVersion: z.number().int(),
    language: z.enum(ESTIMATE_LANGUAGES),
    items: z.array(PlanItemSchema),
    totals: EstimateTotalsSchema,
    /** SHA-256 of the estimate PDF these figures make: the signing screen sends it back. */
    documentSha256: z.string(),
    /** Download of the estimate PDF (stored with the patient's documents when generated). */
    documentUrl: z.string(),
  })
  .meta({ id: 'TreatmentEstimate' })
export type Estimate = z.infer<typeof EstimateSchema>

/** A drawn signature: a PNG as a data URL, at most 200 KB. */
export const SIGNATURE_MAX_BYTES = 200 * 1024

export const NewAcceptanceSchema = z
  .object({
    signedBy: z.enum(['patient', 'guardian']),
    guardianName: text(120).optional(),
    /** data:image/png;base64,… from the signing pad. */
    signaturePng: z
      .string()
      .max(Math.ceil((SIGNATURE_MAX_BYTES * 4) / 3) + 32)
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a PNG data URL'),
    /** The estimate the patient saw (EstimateSchema.documentSha256); a changed plan is a 409. */
    estimateSha256: z
      .string()
      .length(64)
      .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
    language: z.enum(ESTIMATE_LANGUAGES).optional(),
  })
  .refine((v) => v.signedBy === 'patient' || v.guardianName !== undefined, {
    ...because('plans.guardian_name_required'),
    path: ['guardianName'],
  })
  .refine((v) => v.signedBy === 'guardian' || v.guardianName === undefined, {
    ...because('plans.guardian_name_only'),
    path: ['guardianName'],
  })
export type NewAcceptance = z.infer<typeof NewAcceptanceSchema>

export const NewDeferralSchema = z.object({
  reason: z.enum(DEFERRAL_REASONS),
  note: text(500, { isRequired: false }).optional(),
  followUpOn: isoDate().optional(),
})
export type NewDeferral = z.infer<typeof NewDeferralSchema>

export const DeferralSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    reason: z.enum(DEFERRAL_REASONS),
    note: z.string().nullable(),
    followUpOn: z.string().nullable(),
    recordedBy: z.uuid(),
    recordedAt: z.string(),
  })
  .meta({ id: 'TreatmentDeferral' })
export type Deferral = z.infer<typeof DeferralSchema>

/** One accepted plan with treatment still to do and no future appointment. */
export const NotBookedRowSchema = z
  .object({
    patientId: z.uuid(),
    patientName: z.string(),
    planId: z.uuid(),
    planTitle: z.string(),
    doctorId: z.uuid(),
    doctorName: z.string(),
    /** What is accepted and not yet done, after discounts and with GST. */
    valuePaise: z.number().int(),
    openItems: z.number().int(),
    acceptedAt: z.string(),
    /** Whole days since acceptance, in the clinic's time zone. */
    ageDays: z.number().int(),
    lastDeferral: DeferralSchema.nullable(),
  })
  .meta({ id: 'NotBookedPlan' })
export type NotBookedRow = z.infer<typeof NotBookedRowSchema>

export const NotBookedListSchema = z
  .object({ rows: z.array(NotBookedRowSchema), totalValuePaise: z.number().int() })
  .meta({ id: 'NotBookedList' })
export type NotBookedList = z.infer<typeof NotBookedListSchema>

export const NotBookedQuery = z.object({
  doctorId: z.uuid().optional(),
})
