import { z } from 'zod'
import {
  isAbhaAddress,
  isPinCode,
  looksLikeFullAadhaar,
  normalizeAbhaNumber,
  normalizeIndianMobile,
} from '../india/identifiers.ts'
import { findState } from '../india/states.ts'
import { AlertSchema } from './history.ts'
import { because, isoDate, queryInt, text } from './primitives.ts'

/** Patients as the API takes and sends them (server/modules/patients, web/src/features/patients). */

export const SEXES = ['female', 'male', 'other', 'unknown'] as const
export type Sex = (typeof SEXES)[number]

export const MobileSchema = z
  .string()
  .max(30)
  .transform((value, context) => {
    const normalized = normalizeIndianMobile(value)
    if (!normalized) {
      context.addIssue({ code: 'custom', ...because('patient.mobile') })
      return z.NEVER
    }
    return normalized
  })
  .meta({
    example: '+91 98765 43210',
    description: 'Any common format; stored as E.164 (+919876543210)',
  })

// In an update, a sub-field left out stays as it is and null clears it.
const AddressSchema = z.object({
  line1: text(200).nullable().optional(),
  line2: text(200).nullable().optional(),
  city: text(100).nullable().optional(),
  state: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .refine(
      (value) => value == null || findState(value) !== undefined,
      'must be an Indian state or union territory',
    ),
  pinCode: z
    .string()
    .trim()
    .max(10)
    .nullable()
    .optional()
    .refine(
      (value) => value == null || isPinCode(value),
      'must be a 6-digit PIN code not starting with 0',
    ),
})

const ContactSchema = z.object({ name: text(200), relation: text(50), phone: MobileSchema })

const PatientFields = {
  fullName: text(200),
  dateOfBirth: isoDate().optional(),
  ageYears: z.number().int('must be a whole number').min(0).max(130).optional(),
  sex: z.enum(SEXES),
  genderIdentity: text(100).optional(),
  phone: MobileSchema.optional(),
  email: z
    .string()
    .trim()
    .max(254)
    .toLowerCase()
    .pipe(z.email('must be a valid email address'))
    .optional(),
  address: AddressSchema.optional(),
  preferredLanguage: z
    .string()
    .max(2)
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as hi, ta or en')
    .optional(),
  aadhaarLast4: z
    .string()
    .trim()
    .max(20)
    .refine((value) => !looksLikeFullAadhaar(value), because('patient.aadhaar_full'))
    .refine((value) => /^\d{4}$/.test(value), because('patient.aadhaar_last4'))
    .optional(),
  abhaNumber: z
    .string()
    .max(30)
    .transform((value, context) => {
      const digits = normalizeAbhaNumber(value)
      if (!digits) {
        context.addIssue({ code: 'custom', ...because('patient.abha_number') })
        return z.NEVER
      }
      return digits
    })
    .optional(),
  abhaAddress: z
    .string()
    .trim()
    .max(100)
    .toLowerCase()
    .refine(isAbhaAddress, because('patient.abha_address'))
    .optional(),
  guardian: ContactSchema.extend({
    isIdentifiedAsAdult: z.boolean().meta({
      description: 'The guardian was identified as an adult (DPDP Rules 2025, r. 10)',
    }),
  }).optional(),
  emergencyContact: ContactSchema.optional(),
  referralSource: text(200).optional(),
}

/** The body of POST /patients. */
export const CreatePatientSchema = z
  .object(PatientFields)
  .superRefine((value, context) => {
    if (value.dateOfBirth === undefined && value.ageYears === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        ...because('patient.birth_or_age'),
      })
    }
  })
  .meta({ id: 'CreatePatient' })
export type CreatePatient = z.infer<typeof CreatePatientSchema>

// In a change, optional details can be cleared by sending null.
export const UpdatePatientSchema = z
  .object({
    ...PatientFields,
    genderIdentity: PatientFields.genderIdentity.unwrap().nullable().optional(),
    phone: PatientFields.phone.unwrap().nullable().optional(),
    email: PatientFields.email.unwrap().nullable().optional(),
    aadhaarLast4: PatientFields.aadhaarLast4.unwrap().nullable().optional(),
    abhaNumber: PatientFields.abhaNumber.unwrap().nullable().optional(),
    abhaAddress: PatientFields.abhaAddress.unwrap().nullable().optional(),
    guardian: PatientFields.guardian.unwrap().nullable().optional(),
    emergencyContact: PatientFields.emergencyContact.unwrap().nullable().optional(),
    referralSource: PatientFields.referralSource.unwrap().nullable().optional(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change')
  .meta({ id: 'UpdatePatient' })
export type UpdatePatient = z.infer<typeof UpdatePatientSchema>

const ContactOutSchema = z.object({
  name: z.string(),
  relation: z.string(),
  phone: z.string().meta({ description: 'E.164, e.g. +919876543210' }),
})

export const PatientSchema = z
  .object({
    id: z.uuid(),
    patientNumber: z
      .string()
      .meta({ example: 'P-000123', description: 'What staff say and write' }),
    fullName: z.string(),
    dateOfBirth: z.string().meta({
      description: 'YYYY-MM-DD; estimated (same day, n years ago) when only the age was given',
    }),
    isDateOfBirthEstimated: z.boolean(),
    ageYears: z.number(),
    sex: z.enum(SEXES),
    genderIdentity: z.string().nullable(),
    phone: z.string().nullable().meta({ description: 'E.164, e.g. +919876543210' }),
    email: z.string().nullable(),
    address: z.object({
      line1: z.string().nullable(),
      line2: z.string().nullable(),
      city: z.string().nullable(),
      stateCode: z
        .string()
        .nullable()
        .meta({ description: "GST state code, e.g. '29' for Karnataka" }),
      pinCode: z.string().nullable(),
    }),
    preferredLanguage: z.string().meta({ description: "ISO 639-1, e.g. 'hi'" }),
    aadhaarLast4: z.string().nullable(),
    abhaNumber: z.string().nullable().meta({ example: '91-1234-5678-9012' }),
    abhaAddress: z.string().nullable(),
    guardian: ContactOutSchema.extend({
      isIdentifiedAsAdult: z.boolean().meta({
        description: 'The guardian was identified as an adult (DPDP Rules 2025, r. 10)',
      }),
    }).nullable(),
    emergencyContact: ContactOutSchema.nullable(),
    referralSource: z.string().nullable(),
    mergedIntoId: z.uuid().nullable().meta({
      description: 'Set when this record was merged into another; open that one instead',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Patient' })
export type Patient = z.infer<typeof PatientSchema>
export type Contact = NonNullable<Patient['emergencyContact']>
export type Guardian = NonNullable<Patient['guardian']>

export const PatientSummarySchema = PatientSchema.pick({
  id: true,
  patientNumber: true,
  fullName: true,
  dateOfBirth: true,
  ageYears: true,
  sex: true,
  phone: true,
}).meta({ id: 'PatientSummary' })
export type PatientSummary = z.infer<typeof PatientSummarySchema>

/** The answer to POST /patients: the new patient and anyone it may duplicate. */
export const RegisteredPatientSchema = PatientSchema.extend({
  possibleDuplicates: z.array(PatientSummarySchema),
}).meta({ id: 'RegisteredPatient' })
export type RegisteredPatient = z.infer<typeof RegisteredPatientSchema>

export const ClinicalAccessSchema = z.object({ read: z.boolean(), write: z.boolean() }).meta({
  description: "Whether you may read or change this patient's clinical records",
})
export type ClinicalAccess = z.infer<typeof ClinicalAccessSchema>

/** GET /patients/{id}: the record, and what the caller may see of the clinical side. */
export const OpenedPatientSchema = PatientSchema.extend({
  clinicalAccess: ClinicalAccessSchema,
  alerts: z
    .array(AlertSchema)
    .nullable()
    .meta({ description: 'Null when the caller may not see clinical data' }),
}).meta({ id: 'OpenedPatient' })
export type OpenedPatient = z.infer<typeof OpenedPatientSchema>

export const SearchSchema = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(100),
  limit: queryInt(1, 50).default(20),
})

export const DuplicateQuerySchema = z
  .object({
    fullName: text(200).optional(),
    dateOfBirth: isoDate().optional(),
    phone: MobileSchema.optional(),
  })
  .meta({ id: 'DuplicateQuery' })

export const ListQuerySchema = z.object({
  page: queryInt(1, 100_000).default(1),
  pageSize: queryInt(1, 50).default(20),
})

export const PatientListItemSchema = PatientSummarySchema.extend({
  lastVisitAt: z.iso.datetime().nullable().meta({
    description: 'Start of the latest completed appointment, if any',
  }),
  registeredAt: z.iso.datetime(),
})
export type PatientListItem = z.infer<typeof PatientListItemSchema>

export const PatientListSchema = z
  .object({
    items: z.array(PatientListItemSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'PatientList' })
export type PatientList = z.infer<typeof PatientListSchema>

/** The body of POST /patients/{id}/merge. */
export const MergePatientsSchema = z.object({ duplicateId: z.uuid() }).meta({ id: 'MergePatients' })

/** A patient's id in the path. */
export const PatientIdParam = z.object({ id: z.uuid() })
