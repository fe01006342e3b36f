import { z } from '@hono/zod-openapi'
import { isPlainText, NOT_PLAIN_TEXT } from '../../../shared/contracts/primitives.ts'
import { DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES } from '../../db/schema.ts'
import { ErrorSchema } from '../auth/schemas.ts'
import { DOCUMENT_MAX_LABEL } from './sniff.ts'

export const DocumentSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    kind: z.enum(DOCUMENT_KINDS),
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
  .openapi('PatientDocument')

/** The text fields of an upload, checked once the multipart body has been read. */
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

/**
 * The upload body for the OpenAPI document only. It is a plain schema object, not zod, on
 * purpose: a zod schema would make the router buffer and parse the whole form before the
 * handler runs, and the handler streams it instead (upload-document.ts).
 */
export const UploadBodyOpenApi = {
  type: 'object' as const,
  required: ['kind', 'file'],
  properties: {
    kind: { type: 'string' as const, enum: [...DOCUMENT_KINDS] },
    title: {
      type: 'string' as const,
      maxLength: 200,
      description: 'Defaults to the file name. Send the text fields before the file.',
    },
    file: {
      type: 'string' as const,
      format: 'binary',
      description: `JPEG, PNG, WebP, PDF or DICOM, at most ${DOCUMENT_MAX_LABEL}; the type is detected from the content`,
    },
  },
}

const errorContent = { 'application/json': { schema: ErrorSchema } }
export const uploadErrorResponses = {
  413: { description: `The file is larger than ${DOCUMENT_MAX_LABEL}`, content: errorContent },
  415: {
    description: 'The body is not multipart/form-data, or the file is not an accepted type',
    content: errorContent,
  },
}
export const contentErrorResponses = {
  500: {
    description: 'The stored file is missing or failed its integrity check (logged)',
    content: errorContent,
  },
}
