import { DOCUMENT_KINDS, DOCUMENT_MAX_LABEL } from '../../../shared/contracts/documents.ts'
import { ErrorSchema } from '../../../shared/contracts/errors.ts'

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

/** A binary response body in each of these media types. */
export const binary = (mediaTypes: string[]) => ({
  content: Object.fromEntries(
    mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } as const }]),
  ),
})

export const ACCESS_NOTE =
  'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows); assistants read only. Receptionists and accountants get 403, and the database refuses them too. A patient you can see but whose clinical records you may not gets 403; a document you may not see is 404, exactly like one that does not exist.'
