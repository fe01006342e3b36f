import { createRoute, z } from '@hono/zod-openapi'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { type DocumentPart, openDocumentFile } from './open-document-file.ts'
import { ACCESS_NOTE, binary, contentErrorResponses } from './openapi-parts.ts'

const IdParam = z.object({ id: z.uuid() })

const contentRoute = createRoute({
  method: 'get',
  path: '/{id}/content',
  tags: ['Documents'],
  summary: 'Download a document (decrypted as it streams; recorded in the audit log)',
  description: `Content-Type is the detected type; shown inline. ${ACCESS_NOTE}`,
  middleware: [sessionRequired],
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The file',
      ...binary(['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'application/dicom']),
    },
    ...errorResponses(400, 401, 403, 404),
    ...contentErrorResponses,
  },
})

const thumbnailRoute = createRoute({
  method: 'get',
  path: '/{id}/thumbnail',
  tags: ['Documents'],
  summary: 'A 320 px JPEG preview of an image document (recorded in the audit log)',
  description: `404 for documents without one (PDF, DICOM). ${ACCESS_NOTE}`,
  middleware: [sessionRequired],
  request: { params: IdParam },
  responses: {
    200: { description: 'The thumbnail', ...binary(['image/jpeg']) },
    ...errorResponses(400, 401, 403, 404),
    ...contentErrorResponses,
  },
})

/** Serves a document's file or thumbnail; the body streams on after the transaction ends. */
function serve(route: typeof contentRoute | typeof thumbnailRoute, part: DocumentPart) {
  return clinicRoute(
    route,
    { can: 'clinical.read', needs: ['cipher'] },
    async (c, { tx, cipher }) => {
      const { storage, logger } = c.var.deps
      const tools = { storage, cipher, logger, requestId: c.var.requestId }
      const file = await openDocumentFile(tx, tools, c.req.valid('param').id, part)
      return new Response(file.body, { status: 200, headers: file.headers })
    },
  )
}

/** Downloading a document's file or thumbnail (mounted at /documents). */
export const documentRoutes = createRouter()
  .openapi(contentRoute, serve(contentRoute, 'content'))
  .openapi(thumbnailRoute, serve(thumbnailRoute, 'thumbnail'))
