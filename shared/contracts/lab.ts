import { z } from 'zod'
import { isTooth } from '../dental/fdi.ts'
import { MobileSchema } from './patients.ts'
import { because, boundedInt, isoDate, text } from './primitives.ts'

/**
 * Dental lab work (server/modules/lab; issue #13 item 4): the clinic's labs, and the cases sent
 * to them (crowns, dentures, aligners…) going sent → received → fitted, or remade. The same rules
 * as the database (db/migrations/20261209120000_lab_cases.sql). Dates are calendar dates
 * (YYYY-MM-DD) in the clinic's zone; the lab's bill in integer paise.
 */

export const LAB_WORK_TYPES = [
  'crown',
  'bridge',
  'inlay_onlay',
  'veneer',
  'complete_denture',
  'partial_denture',
  'cast_partial_denture',
  'night_guard',
  'aligner',
  'retainer',
  'implant_crown',
  'implant_abutment',
  'model',
  'other',
] as const
export type LabWorkType = (typeof LAB_WORK_TYPES)[number]

export const LAB_MATERIALS = [
  'pfm',
  'zirconia',
  'emax',
  'metal',
  'acrylic',
  'composite',
  'peek',
  'flexible',
  'other',
] as const
export type LabMaterial = (typeof LAB_MATERIALS)[number]

/** A remade case ends as 'remake'; its remake is a new case (remakeOf). */
export const LAB_CASE_STATUSES = ['sent', 'received', 'fitted', 'remake'] as const
export type LabCaseStatus = (typeof LAB_CASE_STATUSES)[number]

const paise = () => boundedInt(0, 100_000_000)
const ToothSchema = boundedInt(11, 85).refine(isTooth, because('chart.invalid_tooth'))
const TeethSchema = z
  .array(ToothSchema)
  .min(1)
  .max(32)
  .refine((teeth) => new Set(teeth).size === teeth.length, because('lab.tooth_repeated'))

// ---- Labs -----------------------------------------------------------------------------------

export const LabSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    contactPerson: z.string().nullable(),
    phone: z.string().nullable().meta({ description: 'E.164, e.g. +919876543210' }),
    email: z.string().nullable(),
    address: z.string().nullable(),
    notes: z.string().nullable(),
    isArchived: z.boolean(),
  })
  .meta({ id: 'Lab' })
export type Lab = z.infer<typeof LabSchema>

export const LabListSchema = z.object({ labs: z.array(LabSchema) }).meta({ id: 'LabList' })
export type LabList = z.infer<typeof LabListSchema>

const LabFields = {
  name: text(120),
  contactPerson: text(120, { isRequired: false }),
  phone: MobileSchema,
  email: z.email().max(254),
  address: text(500, { isRequired: false }),
  notes: text(1000, { isRequired: false }),
}

export const NewLabSchema = z
  .object({
    name: LabFields.name,
    contactPerson: LabFields.contactPerson.optional(),
    phone: LabFields.phone.optional(),
    email: LabFields.email.optional(),
    address: LabFields.address.optional(),
    notes: LabFields.notes.optional(),
  })
  .meta({ id: 'NewLab' })
export type NewLab = z.input<typeof NewLabSchema>

/** Left out: unchanged; null: cleared. `isArchived` archives (a lab is never deleted) or restores. */
export const LabPatchSchema = z
  .object({
    name: LabFields.name.optional(),
    contactPerson: LabFields.contactPerson.nullable().optional(),
    phone: LabFields.phone.nullable().optional(),
    email: LabFields.email.nullable().optional(),
    address: LabFields.address.nullable().optional(),
    notes: LabFields.notes.nullable().optional(),
    isArchived: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, because('field.nothing_to_change'))
  .meta({ id: 'LabPatch' })
export type LabPatch = z.input<typeof LabPatchSchema>

export const LabIdParam = z.object({ labId: z.uuid() })
export const LabListQuery = z.object({
  includeArchived: z.enum(['true', 'false']).optional(),
})

// ---- Cases ----------------------------------------------------------------------------------

export const LabCaseEventSchema = z
  .object({
    status: z.enum(LAB_CASE_STATUSES),
    occurredOn: z.string(),
    note: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'LabCaseEvent' })
export type LabCaseEvent = z.infer<typeof LabCaseEventSchema>

export const LabCaseSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    patientName: z.string(),
    labId: z.uuid(),
    labName: z.string(),
    workType: z.enum(LAB_WORK_TYPES),
    teeth: z.array(z.number().int()),
    shade: z.string().nullable(),
    material: z.enum(LAB_MATERIALS).nullable(),
    instructions: z.string().nullable(),
    sentOn: z.string(),
    dueOn: z.string(),
    status: z.enum(LAB_CASE_STATUSES),
    receivedOn: z.string().nullable(),
    fittedOn: z.string().nullable(),
    remakeReason: z.string().nullable(),
    /** The case this one remakes, and the case that remade this one. */
    remakeOf: z.uuid().nullable(),
    remadeAs: z.uuid().nullable(),
    planItemId: z.uuid().nullable(),
    costPaise: z.number().int().nullable(),
    /** Whole days past the due date by the clinic's today, while still at the lab; else null. */
    daysOverdue: z.number().int().nullable(),
    events: z.array(LabCaseEventSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'LabCase' })
export type LabCase = z.infer<typeof LabCaseSchema>

export const LabCaseListSchema = z
  .object({
    /** The clinic's today (YYYY-MM-DD), by which daysOverdue is counted. */
    today: z.string(),
    cases: z.array(LabCaseSchema),
  })
  .meta({ id: 'LabCaseList' })
export type LabCaseList = z.infer<typeof LabCaseListSchema>

const dueNotBeforeSent = <T extends { sentOn?: string | undefined; dueOn?: string | undefined }>(
  value: T,
) => !value.sentOn || !value.dueOn || value.dueOn >= value.sentOn
const DUE_BEFORE_SENT = { ...because('lab.before_sent'), path: ['dueOn'] }

/** `sentOn` left out: the clinic's today. */
export const NewLabCaseSchema = z
  .object({
    labId: z.uuid(),
    workType: z.enum(LAB_WORK_TYPES),
    teeth: TeethSchema,
    shade: text(40, { isRequired: false }).optional(),
    material: z.enum(LAB_MATERIALS).optional(),
    instructions: text(2000, { isRequired: false }).optional(),
    sentOn: isoDate().optional(),
    dueOn: isoDate(),
    planItemId: z.uuid().optional(),
    costPaise: paise().optional(),
  })
  .refine(dueNotBeforeSent, DUE_BEFORE_SENT)
  .meta({ id: 'NewLabCase' })
export type NewLabCase = z.input<typeof NewLabCaseSchema>

/** Left out: unchanged; null: cleared. Dates are checked against the case as it stands. */
export const LabCasePatchSchema = z
  .object({
    labId: z.uuid().optional(),
    workType: z.enum(LAB_WORK_TYPES).optional(),
    teeth: TeethSchema.optional(),
    shade: text(40, { isRequired: false }).nullable().optional(),
    material: z.enum(LAB_MATERIALS).nullable().optional(),
    instructions: text(2000, { isRequired: false }).nullable().optional(),
    sentOn: isoDate().optional(),
    dueOn: isoDate().optional(),
    planItemId: z.uuid().nullable().optional(),
    costPaise: paise().nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, because('field.nothing_to_change'))
  .refine(dueNotBeforeSent, DUE_BEFORE_SENT)
  .meta({ id: 'LabCasePatch' })
export type LabCasePatch = z.input<typeof LabCasePatchSchema>

/** `receivedOn` left out: the clinic's today. */
export const ReceiveLabCaseSchema = z
  .object({ receivedOn: isoDate().optional(), costPaise: paise().optional() })
  .meta({ id: 'ReceiveLabCase' })
export type ReceiveLabCase = z.input<typeof ReceiveLabCaseSchema>

/** `fittedOn` left out: the clinic's today. */
export const FitLabCaseSchema = z
  .object({ fittedOn: isoDate().optional() })
  .meta({ id: 'FitLabCase' })
export type FitLabCase = z.input<typeof FitLabCaseSchema>

/** Closes the case as 'remake' and sends a new one, linked to it, to the same lab unless given. */
export const RemakeLabCaseSchema = z
  .object({
    reason: text(500),
    sentOn: isoDate().optional(),
    dueOn: isoDate(),
    labId: z.uuid().optional(),
    shade: text(40, { isRequired: false }).optional(),
    instructions: text(2000, { isRequired: false }).optional(),
  })
  .refine(dueNotBeforeSent, DUE_BEFORE_SENT)
  .meta({ id: 'RemakeLabCase' })
export type RemakeLabCase = z.input<typeof RemakeLabCaseSchema>

export const LabCaseIdParam = z.object({ caseId: z.uuid() })

/** The board: by status, only overdue ones, one lab. */
export const LabBoardQuery = z.object({
  status: z.enum(LAB_CASE_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  labId: z.uuid().optional(),
})
