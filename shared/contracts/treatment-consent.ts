import { z } from 'zod'
import { SIGNATURE_MAX_BYTES } from './plans.ts'
import { because, text } from './primitives.ts'

/**
 * Treatment consent forms (server/modules/treatment-consent; issue #13 items 5-7): templates per
 * clinic with [[placeholders]], filled for a patient, signed on the tablet by the patient or a
 * guardian and countersigned by the doctor, then kept as a PDF. Not the DPDP consent of
 * shared/contracts/consent.ts.
 */

export const CONSENT_LANGUAGES = ['en', 'hi'] as const
export type ConsentLanguage = (typeof CONSENT_LANGUAGES)[number]
export const PROCEDURE_KINDS = ['extraction', 'root_canal', 'implant', 'general'] as const
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number]

/** Filled in by the server from the record: the patient's name, the doctor's, the date. */
export const AUTOMATIC_PLACEHOLDERS = ['patient', 'doctor', 'date'] as const

const PLACEHOLDER = /\[\[([^\]\n]*)\]\]/g
const PLACEHOLDER_KEY = /^[a-z][a-z_]{0,39}$/

/** The distinct placeholder keys of a body, in order of first use. */
export function placeholdersIn(body: string): string[] {
  const keys = [...body.matchAll(PLACEHOLDER)].map((match) => match[1] as string)
  return [...new Set(keys)]
}

/** Every [[…]] is a key of lower-case letters and underscores, at most 40 long. */
export function hasWellFormedPlaceholders(body: string): boolean {
  return placeholdersIn(body).every((key) => PLACEHOLDER_KEY.test(key))
}

/** The placeholders a person fills in when filling a form (the automatic ones are not asked). */
export function askedPlaceholders(body: string): string[] {
  return placeholdersIn(body).filter(
    (key) => !(AUTOMATIC_PLACEHOLDERS as readonly string[]).includes(key),
  )
}

/** The body with each [[key]] replaced by its value; one without a value stays visible. */
export function renderConsentBody(body: string, values: Record<string, string>): string {
  return body.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole)
}

const body = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(20000)
    .refine((value) => !value.includes('\u0000'), because('field.not_plain_text'))
    .refine(hasWellFormedPlaceholders, because('treatment_consent.template_placeholder'))
    .meta({ description: 'The text, with placeholders written [[key]] (a-z and _)' })

export const ConsentTemplateFieldsSchema = z.object({
  title: text(120),
  procedureKind: z.enum(PROCEDURE_KINDS),
  language: z.enum(CONSENT_LANGUAGES),
  body: body(),
})
export const NewConsentTemplateSchema = ConsentTemplateFieldsSchema.meta({
  id: 'NewConsentTemplate',
})
export type NewConsentTemplate = z.infer<typeof NewConsentTemplateSchema>

export const ConsentTemplateSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    procedureKind: z.enum(PROCEDURE_KINDS),
    language: z.enum(CONSENT_LANGUAGES),
    body: z.string(),
    version: z.number().int(),
    /** The placeholders a person fills in (the automatic ones excluded). */
    placeholders: z.array(z.string()),
    /** False for the templates every clinic starts with. */
    isCustom: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ConsentTemplate' })
export type ConsentTemplate = z.infer<typeof ConsentTemplateSchema>

export const ConsentTemplateListSchema = z
  .object({ templates: z.array(ConsentTemplateSchema) })
  .meta({ id: 'ConsentTemplateList' })

export const ConsentTemplateIdParam = z.object({ templateId: z.uuid() })

const valueKey = z.string().regex(PLACEHOLDER_KEY, 'must be a placeholder key (a-z and _)')

export const NewConsentFormSchema = z
  .object({
    templateId: z.uuid(),
    planItemId: z.uuid().optional(),
    /** A value for each placeholder the template asks for (ConsentTemplate.placeholders). */
    values: z
      .record(valueKey, text(2000))
      .refine(
        (record) => Object.keys(record).length <= 30,
        because('field.too_many', { maximum: 30 }),
      ),
  })
  .meta({ id: 'NewTreatmentConsent' })
export type NewConsentForm = z.infer<typeof NewConsentFormSchema>

const signaturePng = () =>
  z
    .string()
    .max(Math.ceil((SIGNATURE_MAX_BYTES * 4) / 3) + 32)
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a PNG data URL')

export const PatientSignatureSchema = z
  .object({
    signedBy: z.enum(['patient', 'guardian']),
    guardianName: text(120).optional(),
    /** Mother, father, spouse…: required when a guardian signs. */
    guardianRelationship: text(40).optional(),
    /** data:image/png;base64,… from the signing pad. */
    signaturePng: signaturePng(),
  })
  .refine((v) => v.signedBy === 'patient' || v.guardianName !== undefined, {
    ...because('plans.guardian_name_required'),
    path: ['guardianName'],
  })
  .refine((v) => v.signedBy === 'patient' || v.guardianRelationship !== undefined, {
    ...because('treatment_consent.relationship_required'),
    path: ['guardianRelationship'],
  })
  .refine(
    (v) =>
      v.signedBy === 'guardian' ||
      (v.guardianName === undefined && v.guardianRelationship === undefined),
    { ...because('plans.guardian_name_only'), path: ['guardianName'] },
  )
  .meta({ id: 'TreatmentConsentPatientSignature' })
export type PatientSignature = z.infer<typeof PatientSignatureSchema>

export const DoctorSignatureSchema = z
  .object({ signaturePng: signaturePng() })
  .meta({ id: 'DoctorSignature' })
export type DoctorSignature = z.infer<typeof DoctorSignatureSchema>

export const CONSENT_STATES = ['awaiting_patient', 'awaiting_doctor', 'signed'] as const
export type ConsentState = (typeof CONSENT_STATES)[number]

export const ConsentFormSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    templateId: z.uuid(),
    templateVersion: z.number().int(),
    title: z.string(),
    procedureKind: z.enum(PROCEDURE_KINDS),
    language: z.enum(CONSENT_LANGUAGES),
    /** The text as rendered for this patient when the form was filled. */
    body: z.string(),
    planItemId: z.uuid().nullable(),
    doctorId: z.uuid(),
    doctorName: z.string(),
    state: z.enum(CONSENT_STATES),
    createdAt: z.string(),
    patientSignedBy: z.enum(['patient', 'guardian']).nullable(),
    guardianName: z.string().nullable(),
    guardianRelationship: z.string().nullable(),
    patientSignedAt: z.string().nullable(),
    doctorSignedAt: z.string().nullable(),
    documentId: z.uuid().nullable(),
    /** Download of the signed PDF, once both have signed. */
    documentUrl: z.string().nullable(),
  })
  .meta({ id: 'TreatmentConsent' })
export type ConsentForm = z.infer<typeof ConsentFormSchema>

export const ConsentFormListSchema = z
  .object({ forms: z.array(ConsentFormSchema) })
  .meta({ id: 'TreatmentConsentList' })

export const ConsentFormParams = z.object({ id: z.uuid(), consentId: z.uuid() })
