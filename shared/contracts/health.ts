import { z } from 'zod'

/**
 * The health API (server/modules/health): whether the server can reach its database. The server
 * answers with this schema (with a 503 when degraded) and the web app's home page reads it.
 */

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['up', 'down']),
    version: z.string(),
    time: z.iso.datetime(),
  })
  .meta({ id: 'Health', description: 'Whether the service and its database are up' })
export type Health = z.infer<typeof HealthSchema>
