import { z } from 'zod'
import { isPlainText, NOT_PLAIN_TEXT } from './primitives.ts'

/**
 * The documents API (server/modules/documents): X-rays, photos and reports on a patient's
 * record. The server validates with these schemas and the web app reads the same types.
 */

export const DOCUMENT_KINDS = ['xray', 'photo', 'report', 'other'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/**
 * Every kind a patient's document can be: the uploaded ones, and the PDFs the clinic generates
 * (an estimate, a signed form, a prescription, a treatment consent, a certificate;
 * server/modules/documents/store-generated.ts), which are never uploaded.
 */
export const PATIENT_DOCUMENT_KINDS = [
  ...DOCUMENT_KINDS,
  'estimate',
  'signed_form',
  'prescription',
  'treatment_consent',
  'certificate',
] as const
export type PatientDocumentKind = (typeof PATIENT_DOCUMENT_KINDS)[number]

/** What the server accepts, detected from the file's content (never its name). */
export const DOCUMENT_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'application/dicom',
] as const
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number]

/** The largest file the API takes, and how messages name it. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024
export const DOCUMENT_MAX_LABEL = '25 MiB'

export const PatientDocumentSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    kind: z.enum(PATIENT_DOCUMENT_KINDS),
    title: z.string(),
    fileName: z.string().nullable(),
    mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
    byteSize: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    hasThumbnail: z.boolean(),
    uploadedBy: z.uuid(),
    uploadedAt: z.string(),
    contentUrl: z.string(),
    thumbnailUrl: z.string().nullable(),
  })
  .meta({ id: 'PatientDocument' })
export type PatientDocument = z.infer<typeof PatientDocumentSchema>

/**
 * The text fields of an upload (multipart/form-data), checked once the body has been read; the
 * file itself streams past them.
 */
export const UploadFieldsSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: `must be one of ${DOCUMENT_KINDS.join(', ')}` }),
  title: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    // Multipart bodies bypass the JSON input guard (server/http/input-guard.ts).
    .refine(isPlainText, NOT_PLAIN_TEXT)
    .optional(),
})
export type UploadFields = z.infer<typeof UploadFieldsSchema>
