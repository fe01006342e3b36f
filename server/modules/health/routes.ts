import { createRoute } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { HealthSchema } from '../../../shared/contracts/health.ts'
import { errorCodeOf } from '../../db/connection-errors.ts'
import { createRouter } from '../../http/router.ts'

const getHealth = createRoute({
  method: 'get',
  path: '/',
  // Public, for load balancers and monitoring.
  security: [],
  tags: ['Operations'],
  summary: 'Service and database health',
  description:
    'Reports whether the server can reach its database. Needs no sign-in; carries no clinic data.',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
    503: {
      description: 'The database cannot be reached',
      content: { 'application/json': { schema: HealthSchema } },
    },
  },
})

export const healthRoutes = createRouter().openapi(getHealth, async (c) => {
  const { db, version, logger } = c.var.deps
  const time = new Date().toISOString()
  try {
    await sql`SELECT 1`.execute(db)
    return c.json({ status: 'ok' as const, database: 'up' as const, version, time }, 200)
  } catch (error) {
    // Class and code only: a driver's message can carry connection details.
    logger.error(
      {
        requestId: c.var.requestId,
        err: { name: (error as Error).name, code: errorCodeOf(error) },
      },
      'health: database down',
    )
    return c.json({ status: 'degraded' as const, database: 'down' as const, version, time }, 503)
  }
})
