import { z } from '@hono/zod-openapi'
import { requireSession } from '../auth/session-middleware.ts'
import { CHANGE_SOMETHING, changesSomething, json } from './schemas.ts'

/** The OpenAPI tag of every set-up route. */
export const TAG = 'Schedule set-up'

/**
 * What every set-up route declares the same way: its method and path, the tag, its summary and
 * a signed-in session. Each route spreads this into its own createRoute() with its request and
 * responses, so the OpenAPI document still lists each one in full.
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
  middleware: [requireSession()],
})

/** A JSON body the request must carry. */
export const requiredJson = <T extends z.ZodType>(schema: T) => ({
  required: true,
  ...json(schema),
})

/** A listed item as answered: its id, its fields and whether it is in use. */
export const itemSchema = <F extends z.ZodRawShape>(fields: F, name: string) =>
  z.object({ id: z.uuid(), ...fields, isActive: z.boolean() }).openapi(name)

/** A PATCH body: any of the fields, or in use or not; at least one of them. */
export const updateSchema = <F extends z.ZodRawShape>(fields: F, name: string) =>
  z
    .object({ ...fields, isActive: z.boolean() })
    .partial()
    .refine(changesSomething, CHANGE_SOMETHING)
    .openapi(name)
