import { createRoute, z } from '@hono/zod-openapi'
import { PatientDocumentSchema } from '../../../shared/contracts/documents.ts'
import { clinicRoute, sessionRequired, streamingClinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { multipartOnly } from './multipart-only.ts'
import { ACCESS_NOTE, UploadBodyOpenApi, uploadErrorResponses } from './openapi-parts.ts'
import { requirePatientRecords } from './patient-access.ts'
import { presentDocument } from './present.ts'
import { findDocumentsOfPatient } from './queries.ts'
import { uploadDocument } from './upload-document.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const IdParam = z.object({ id: z.uuid() })

const uploadRoute = createRoute({
  method: 'post',
  path: '/{id}/documents',
  tags: ['Documents'],
  summary: 'Upload a document (X-ray, photo, report) for a patient',
  description: `multipart/form-data with \`kind\`, optional \`title\`, and \`file\`. The type is detected from the file's content (JPEG, PNG, WebP, PDF, DICOM), never from its name; at most 25 MiB. The file is encrypted with the clinic's key as it streams and never stored in plain text. Images get a 320 px JPEG thumbnail. ${ACCESS_NOTE}`,
  middleware: [sessionRequired, multipartOnly],
  request: {
    params: IdParam,
    body: { required: true, content: { 'multipart/form-data': { schema: UploadBodyOpenApi } } },
  },
  responses: {
    201: { description: 'The stored document', ...json(PatientDocumentSchema) },
    ...errorResponses(400, 401, 403, 404),
    ...uploadErrorResponses,
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/{id}/documents',
  tags: ['Documents'],
  summary: "A patient's documents, newest first",
  description: ACCESS_NOTE,
  middleware: [sessionRequired],
  request: { params: IdParam },
  responses: {
    200: { description: "The patient's documents", ...json(z.array(PatientDocumentSchema)) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** A patient's documents: upload and list (mounted at /patients). */
export const patientDocumentRoutes = createRouter()
  .openapi(
    uploadRoute,
    streamingClinicRoute(
      uploadRoute,
      {
        can: 'clinical.write',
        needs: ['cipher'],
        // Refused before a byte of the body is read; the insert re-checks through RLS.
        before: async (c, { tx, actor, clinicalAll }) => {
          await requirePatientRecords(tx, actor, clinicalAll, c.req.valid('param').id, 'write')
        },
      },
      async (c, { actor, cipher, inTransaction }) => {
        const { storage, logger } = c.var.deps
        // The body is read here, as it streams, with no transaction open until it is stored.
        const row = await uploadDocument(inTransaction, { storage, cipher, logger }, actor, {
          patientId: c.req.valid('param').id,
          body: c.req.raw.body,
          contentType: c.req.header('Content-Type') ?? '',
        })
        return c.json(presentDocument(row), 201)
      },
    ),
  )
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'clinical.read' }, async (c, { tx, actor, clinicalAll }) => {
      const { id } = c.req.valid('param')
      await requirePatientRecords(tx, actor, clinicalAll, id, 'read')
      return c.json((await findDocumentsOfPatient(tx, id)).map(presentDocument), 200)
    }),
  )
