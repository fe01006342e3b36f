import { createRoute, z } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { withClinicAsSystem } from '../../db/with-clinic.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { pdfResponse } from '../../http/pdf-response.ts'
import { createRouter } from '../../http/router.ts'
import { clinicCipher } from '../clinic-keys/index.ts'
import { DOCUMENT_TOKEN, documentTokenHash } from './document-link.ts'
import { ATTACHMENT_FIELD } from './plan-document-message.ts'

const documentRoute = createRoute({
  method: 'get',
  path: '/{token}',
  tags: ['Messaging'],
  summary: 'A document message’s PDF, for the WhatsApp provider to fetch (a link with a secret)',
  description:
    'No session: the link carries a 256-bit token made when the message went out, and ends 7 days later (404 after, as for any unknown token). Given to the provider only; the patient gets the file from WhatsApp.',
  request: { params: z.object({ token: z.string().max(64) }) },
  responses: {
    200: {
      description: 'The PDF',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } as const } },
    },
    ...errorResponses(400, 404),
  },
})

/** Mounted at /message-documents. */
export const documentLinkRoutes = createRouter().openapi(documentRoute, async (c) => {
  const { db, keyring, clock, logger } = c.var.deps
  const { token } = c.req.valid('param')
  if (!DOCUMENT_TOKEN.test(token)) throw new AppError('not_found', 'request.not_found')
  const now = clock()
  const { rows } = await sql<{ clinic_id: string; message_id: string }>`
    SELECT clinic_id, message_id FROM messaging_attachment_of(${documentTokenHash(token)}, ${now})`.execute(
    db,
  )
  const found = rows[0]
  if (!found) throw new AppError('not_found', 'request.not_found')
  const file = await withClinicAsSystem(
    db,
    { clinicId: found.clinic_id, capabilities: ['messaging.send'], now },
    async (tx) => {
      const row = await tx
        .selectFrom('message_attachments')
        .select(['content_cipher', 'filename'])
        .where('message_id', '=', found.message_id)
        .executeTakeFirst()
      if (!row) return undefined
      const cipher = await clinicCipher(tx, keyring, found.clinic_id)
      const base64 = cipher.decrypt(ATTACHMENT_FIELD, Buffer.from(row.content_cipher))
      return { bytes: Buffer.from(base64, 'base64'), filename: row.filename }
    },
  )
  if (!file) throw new AppError('not_found', 'request.not_found')
  // Ids only: who fetched it is the provider, and the file is a patient's.
  logger.info({ messageId: found.message_id }, 'message document fetched')
  return pdfResponse({ ...file, language: 'en' })
})
