import { z } from 'zod'
import { because, isoDate, text } from './primitives.ts'
import { DoctorSignatureSchema } from './treatment-consent.ts'

/**
 * Medical certificates (server/modules/certificates; issue #13 items 5-6): fitness to resume
 * work or school, sick leave from one day to another, and attendance at the clinic; written by
 * a clinical writer, signed by a doctor with a registration number, then kept as a PDF.
 */

export const CERTIFICATE_KINDS = ['fitness', 'sick_leave', 'attendance'] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]

/** The longest sick leave one certificate covers; a longer illness gets a further certificate. */
export const SICK_LEAVE_MAX_DAYS = 90

/** Days from one ISO date to another (inclusive of both: the same day is 1). */
export function daysCovered(from: string, to: string): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  )
}

export const NewCertificateSchema = z
  .object({
    kind: z.enum(CERTIFICATE_KINDS),
    language: z.enum(['en', 'hi']),
    /** Sick leave: the first day of rest. Fitness: fit from. Attendance: the day of the visit. */
    fromDate: isoDate(),
    /** Sick leave only: the last day of rest. */
    toDate: isoDate().optional(),
    diagnosis: text(500, { isRequired: false }).optional(),
    remarks: text(1000, { isRequired: false }).optional(),
  })
  .refine((v) => v.kind !== 'sick_leave' || v.toDate !== undefined, {
    ...because('certificate.to_date_required'),
    path: ['toDate'],
  })
  .refine((v) => v.kind === 'sick_leave' || v.toDate === undefined, {
    ...because('certificate.to_date_only_sick_leave'),
    path: ['toDate'],
  })
  .refine((v) => v.toDate === undefined || v.toDate >= v.fromDate, {
    ...because('certificate.end_before_start'),
    path: ['toDate'],
  })
  .refine(
    (v) => v.toDate === undefined || daysCovered(v.fromDate, v.toDate) <= SICK_LEAVE_MAX_DAYS,
    { ...because('certificate.too_long', { maximum: SICK_LEAVE_MAX_DAYS }), path: ['toDate'] },
  )
  .meta({ id: 'NewCertificate' })
export type NewCertificate = z.infer<typeof NewCertificateSchema>

export const SignCertificateSchema = DoctorSignatureSchema

export const CertificateSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    kind: z.enum(CERTIFICATE_KINDS),
    language: z.enum(['en', 'hi']),
    fromDate: z.string(),
    toDate: z.string().nullable(),
    diagnosis: z.string(),
    remarks: z.string(),
    createdAt: z.string(),
    isSigned: z.boolean(),
    signedBy: z.uuid().nullable(),
    signedByName: z.string().nullable(),
    signedAt: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    documentId: z.uuid().nullable(),
    documentUrl: z.string().nullable(),
  })
  .meta({ id: 'Certificate' })
export type Certificate = z.infer<typeof CertificateSchema>

export const CertificateListSchema = z
  .object({ certificates: z.array(CertificateSchema) })
  .meta({ id: 'CertificateList' })

export const CertificateParams = z.object({ id: z.uuid(), certificateId: z.uuid() })
