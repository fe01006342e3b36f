import { createRoute, z } from '@hono/zod-openapi'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { listOutbox, readOutboxMessage } from '../../lib/email/outbox-provider.ts'

/**
 * The local email outbox, for the operator of a development or single-machine
 * install without SMTP: invitation and reset links can be read here. It exists
 * only when email goes to the outbox and NODE_ENV is not production; it holds
 * email addresses and one-time links, so never enable it on a shared server.
 */
const MessageSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('OutboxMessage')

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

function folderOf(dir: string | undefined): string {
  if (!dir) throw new AppError('not_found', 'The development outbox is not enabled')
  return dir
}

export const devOutboxRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Development'],
      summary: 'Emails in the local outbox (development only)',
      responses: { 200: json(z.array(MessageSchema)) },
    }),
    async (c) => c.json(await listOutbox(folderOf(c.var.deps.outboxDir), 100), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['Development'],
      summary: 'One email in the local outbox',
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 200: json(MessageSchema) },
    }),
    async (c) => {
      const message = await readOutboxMessage(
        folderOf(c.var.deps.outboxDir),
        c.req.valid('param').id,
      )
      if (!message) throw new AppError('not_found', 'No such email')
      return c.json(message, 200)
    },
  )
