import { z } from '@hono/zod-openapi'
import { isoDate, queryInt } from '../../../shared/contracts/primitives.ts'
import {
  isAbhaAddress,
  isPinCode,
  looksLikeFullAadhaar,
  normalizeAbhaNumber,
  normalizeIndianMobile,
} from '../../../shared/india/identifiers.ts'
import { findState } from '../../../shared/india/states.ts'
import { SEXES } from '../../db/schema.ts'
import { because } from '../../http/errors.ts'

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max)

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
  .openapi({
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
    isIdentifiedAsAdult: z.boolean().openapi({
      description: 'The guardian was identified as an adult (DPDP Rules 2025, r. 10)',
    }),
  }).optional(),
  emergencyContact: ContactSchema.optional(),
  referralSource: text(200).optional(),
}

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
  .openapi('CreatePatient')
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
  .openapi('UpdatePatient')
export type UpdatePatient = z.infer<typeof UpdatePatientSchema>

export const PatientSchema = z
  .object({
    id: z.uuid(),
    patientNumber: z.string().openapi({ example: 'P-000123' }),
    fullName: z.string(),
    dateOfBirth: z.string(),
    isDateOfBirthEstimated: z.boolean(),
    ageYears: z.number(),
    sex: z.enum(SEXES),
    genderIdentity: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.object({
      line1: z.string().nullable(),
      line2: z.string().nullable(),
      city: z.string().nullable(),
      stateCode: z.string().nullable(),
      pinCode: z.string().nullable(),
    }),
    preferredLanguage: z.string(),
    aadhaarLast4: z.string().nullable(),
    abhaNumber: z.string().nullable().openapi({ example: '91-1234-5678-9012' }),
    abhaAddress: z.string().nullable(),
    guardian: z
      .object({
        name: z.string(),
        relation: z.string(),
        phone: z.string(),
        isIdentifiedAsAdult: z.boolean(),
      })
      .nullable(),
    emergencyContact: z
      .object({ name: z.string(), relation: z.string(), phone: z.string() })
      .nullable(),
    referralSource: z.string().nullable(),
    mergedIntoId: z.uuid().nullable().openapi({
      description: 'Set when this record was merged into another; open that one instead',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Patient')

export const PatientSummarySchema = PatientSchema.pick({
  id: true,
  patientNumber: true,
  fullName: true,
  dateOfBirth: true,
  ageYears: true,
  sex: true,
  phone: true,
}).openapi('PatientSummary')

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
  .openapi('DuplicateQuery')

export const ListQuerySchema = z.object({
  page: z.coerce.number().int('must be a whole number').min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int('must be a whole number').min(1).max(50).default(20),
})

export const PatientListSchema = z
  .object({
    items: z.array(
      PatientSummarySchema.extend({
        lastVisitAt: z.iso.datetime().nullable().openapi({
          description: 'Start of the latest completed appointment, if any',
        }),
        registeredAt: z.iso.datetime(),
      }),
    ),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi('PatientList')
