import { createRoute, z } from '@hono/zod-openapi'
import { OutboxMessageSchema } from '../../../shared/contracts/auth.ts'
import { WhatsAppOutboxSchema } from '../../../shared/contracts/dev-outbox.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import {
  listOutbox,
  type OutboxMessage,
  readOutboxMessage,
} from '../../lib/email/outbox-provider.ts'
import { outboxReader, whatsappOutboxClinic } from './outbox-access.ts'
import { presentWhatsAppMessage } from './present-whatsapp.ts'
import { listWhatsAppOutbox } from './whatsapp-outbox.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

/**
 * The local email outbox, for the operator of a development or single-machine
 * install without SMTP: invitation and reset links can be read here. It exists
 * only when email goes to the outbox and NODE_ENV is not production; it holds
 * email addresses and one-time links, so each reader sees only what outboxReader() allows:
 * their own clinic's emails (owners and admins), and platform emails from loopback only.
 * Beside it, the local WhatsApp outbox (no WhatsApp provider configured): a signed-in owner's
 * or admin's own clinic's messages only, numbers masked.
 */

function presentMessage(message: OutboxMessage) {
  const { id, to, subject, text, html, createdAt } = message
  return { id, to, subject, text, html, createdAt }
}

function folderOf(dir: string | undefined): string {
  if (!dir) throw new AppError('not_found', 'outbox.disabled')
  return dir
}

const WHATSAPP_LIMIT = 100

export const devOutboxRoutes = createRouter()
  // Declared before /{id}, which would otherwise take "whatsapp" for an email's id.
  .openapi(
    createRoute({
      method: 'get',
      path: '/whatsapp',
      tags: ['Development'],
      summary: 'WhatsApp messages in the local outbox (development only)',
      description:
        "A signed-in owner's or admin's own clinic's messages, newest first, mobile numbers masked.",
      responses: {
        200: { description: 'The messages', ...json(WhatsAppOutboxSchema) },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const dir = folderOf(c.var.deps.whatsappOutboxDir)
      const clinicId = whatsappOutboxClinic(c)
      const messages = await listWhatsAppOutbox(dir, clinicId, WHATSAPP_LIMIT)
      return c.json(messages.map(presentWhatsAppMessage), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Development'],
      summary: 'Emails in the local outbox (development only)',
      description:
        "An owner's or admin's own clinic's emails; platform emails (password resets) only to requests from this machine's loopback.",
      responses: {
        200: { description: 'The emails', ...json(z.array(OutboxMessageSchema)) },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const dir = folderOf(c.var.deps.outboxDir)
      const messages = await listOutbox(dir, 100, outboxReader(c))
      return c.json(messages.map(presentMessage), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['Development'],
      summary: 'One email in the local outbox',
      request: { params: z.object({ id: z.uuid() }) },
      responses: {
        200: { description: 'The email', ...json(OutboxMessageSchema) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const dir = folderOf(c.var.deps.outboxDir)
      const canRead = outboxReader(c)
      const message = await readOutboxMessage(dir, c.req.valid('param').id)
      // Another clinic's message is "no such email", not 403: its existence is not told either.
      if (!message || !canRead(message)) throw new AppError('not_found', 'outbox.not_found')
      return c.json(presentMessage(message), 200)
    },
  )
