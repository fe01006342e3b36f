import { z } from '@hono/zod-openapi'
import { sessionRequired } from '../../http/clinic-route.ts'

/** The OpenAPI tag of every set-up route. */
export const TAG = 'Schedule set-up'

/**
 * What every set-up route declares the same way: its method and path, the tag, its summary and
 * the session it needs (401 before validation). Each route spreads this into its own
 * createRoute() with its request and responses, so the OpenAPI document lists each one in full.
 */
export const setupRoute = <M extends 'get' | 'post' | 'patch' | 'put' | 'delete', P extends string>(
  method: M,
  path: P,
  summary: string,
  description?: string,
) => ({
  method,
  path,
  tags: [TAG],
  summary,
  ...(description === undefined ? {} : { description }),
  middleware: [sessionRequired],
})

/** A JSON body or answer. */
export const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
})

/** A JSON body the request must carry. */
export const requiredJson = <T extends z.ZodType>(schema: T) => ({
  required: true,
  ...json(schema),
})

export const IdParam = z.object({ id: z.uuid() })
