import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize, requireClinicalAccess } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { clinicCipher } from '../clinic-keys/clinic-cipher.ts'
import { findPatient } from '../patients/queries.ts'
import { contentDisposition, openDecrypted } from './download.ts'
import { type DocumentRow, presentDocument } from './present.ts'
import { findDocument, findDocumentsOfPatient } from './queries.ts'
import {
  contentErrorResponses,
  DocumentSchema,
  UploadBodyOpenApi,
  uploadErrorResponses,
} from './schemas.ts'
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_LABEL } from './sniff.ts'
import { documentObjects } from './storage-keys.ts'
import { uploadDocument } from './upload-document.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const signedIn = [requireSession()]
const IdParam = z.object({ id: z.uuid() })
/** Room for the multipart framing and text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024

const ACCESS_NOTE =
  'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows); assistants read only. Receptionists and accountants get 403, and the database refuses them too. A patient you can see but whose clinical records you may not gets 403; a document you may not see is 404, exactly like one that does not exist.'

/** Finds the patient (404 if none) and checks clinical access to them (403), in one transaction. */
function openPatient<T>(
  c: Context<AppEnv>,
  patientId: string,
  mode: 'read' | 'write',
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
    authorize(sessionOf(c), mode === 'read' ? 'clinical.read' : 'clinical.write')
    if (!(await findPatient(tx, patientId))) throw new AppError('not_found', 'patient.not_found')
    await requireClinicalAccess(tx, sessionOf(c), patientId, mode)
    return work(tx)
  })
}

/** A patient's documents: upload and list (mounted at /patients). */
export const patientDocumentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/documents',
      tags: ['Documents'],
      summary: 'Upload a document (X-ray, photo, report) for a patient',
      description: `multipart/form-data with \`kind\`, optional \`title\`, and \`file\`. The type is detected from the file's content (JPEG, PNG, WebP, PDF, DICOM), never from its name; at most 25 MiB. The file is encrypted with the clinic's key as it streams and never stored in plain text. Images get a 320 px JPEG thumbnail. ${ACCESS_NOTE}`,
      middleware: signedIn,
      request: {
        params: IdParam,
        body: { required: true, content: { 'multipart/form-data': { schema: UploadBodyOpenApi } } },
      },
      responses: {
        201: { description: 'The stored document', ...json(DocumentSchema) },
        ...errorResponses(400, 401, 403, 404),
        ...uploadErrorResponses,
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      authorize(session, 'clinical.write')
      const { id: patientId } = c.req.valid('param')
      const contentType = c.req.header('Content-Type') ?? ''
      if (!/^multipart\/form-data\s*;/i.test(contentType)) {
        throw fieldError('unsupported_media_type', 'body', 'upload.not_multipart')
      }
      const declared = Number(c.req.header('Content-Length') ?? 0)
      if (declared > DOCUMENT_MAX_BYTES + FORM_OVERHEAD_BYTES) {
        throw fieldError('payload_too_large', 'file', 'document.too_large', {
          maximum: DOCUMENT_MAX_LABEL,
        })
      }
      const { db, keyring, storage, logger } = c.var.deps
      // A short transaction for the checks and the key; none is held while the body streams.
      const cipher = await openPatient(c, patientId, 'write', (tx) =>
        clinicCipher(tx, keyring, session.clinicId),
      )
      const row = await uploadDocument(
        { storage, cipher, logger, inClinic: (work) => withClinic(db, tenantOf(c), work) },
        session,
        { patientId, body: c.req.raw.body, contentType },
      )
      return c.json(presentDocument(row), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/documents',
      tags: ['Documents'],
      summary: "A patient's documents, newest first",
      description: ACCESS_NOTE,
      middleware: signedIn,
      request: { params: IdParam },
      responses: {
        200: { description: "The patient's documents", ...json(z.array(DocumentSchema)) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const rows = await openPatient(c, id, 'read', (tx) => findDocumentsOfPatient(tx, id))
      return c.json(rows.map(presentDocument), 200)
    },
  )

const binary = (mediaTypes: string[]) => ({
  content: Object.fromEntries(
    mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } as const }]),
  ),
})

type Part = 'content' | 'thumbnail'

/** Loads the document (404 if not visible), records the read, and returns the cipher. */
function loadForDownload(c: Context<AppEnv>, id: string, part: Part) {
  const session = sessionOf(c)
  authorize(session, 'clinical.read')
  return withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
    const row = await findDocument(tx, id)
    if (!row || (part === 'thumbnail' && !row.thumbnail_key)) {
      throw new AppError(
        'not_found',
        part === 'thumbnail' ? 'document.no_thumbnail' : 'document.not_found',
      )
    }
    await recordRead(tx, {
      table: 'patient_documents',
      rowId: row.id,
      patientId: row.patient_id,
      details: { part },
    })
    const cipher = await clinicCipher(tx, c.var.deps.keyring, session.clinicId)
    return { row, cipher }
  })
}

async function download(c: Context<AppEnv>, part: Part) {
  const { id } = c.req.param() as { id: string }
  const { row, cipher } = await loadForDownload(c, id, part)
  const objects = documentObjects(row.clinic_id, row.id)[
    part === 'content' ? 'original' : 'thumbnail'
  ]
  const { logger } = c.var.deps
  const requestId = c.var.requestId
  const { body } = await openDecrypted(
    c.var.deps.storage,
    objects.key,
    cipher.decryptStream(objects.context),
    (error) =>
      logger.error(
        { requestId, documentId: row.id, part, err: { name: (error as Error).name } },
        'documents: download cut short, stored file failed its integrity check',
      ),
  )
  return new Response(body, {
    status: 200,
    headers: headersFor(row, part),
  })
}

function headersFor(row: DocumentRow, part: Part): Record<string, string> {
  // The detected type is the only type: browsers must not guess another from the bytes.
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' }
  if (part === 'thumbnail') {
    headers['Content-Type'] = 'image/jpeg'
    headers['Content-Disposition'] = 'inline; filename="thumbnail.jpg"'
    return headers
  }
  headers['Content-Type'] = row.media_type
  headers['Content-Length'] = String(row.byte_size)
  headers['Content-Disposition'] = contentDisposition(row.original_name, 'document')
  return headers
}

/** Downloading a document's file or thumbnail (mounted at /documents). */
export const documentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/content',
      tags: ['Documents'],
      summary: 'Download a document (decrypted as it streams; recorded in the audit log)',
      description: `Content-Type is the detected type; shown inline. ${ACCESS_NOTE}`,
      middleware: signedIn,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The file',
          ...binary([
            'image/jpeg',
            'image/png',
            'image/webp',
            'application/pdf',
            'application/dicom',
          ]),
        },
        ...errorResponses(400, 401, 403, 404),
        ...contentErrorResponses,
      },
    }),
    (c) => download(c, 'content'),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/thumbnail',
      tags: ['Documents'],
      summary: 'A 320 px JPEG preview of an image document (recorded in the audit log)',
      description: `404 for documents without one (PDF, DICOM). ${ACCESS_NOTE}`,
      middleware: signedIn,
      request: { params: IdParam },
      responses: {
        200: { description: 'The thumbnail', ...binary(['image/jpeg']) },
        ...errorResponses(400, 401, 403, 404),
        ...contentErrorResponses,
      },
    }),
    (c) => download(c, 'thumbnail'),
  )
