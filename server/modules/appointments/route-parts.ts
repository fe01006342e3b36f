import { z } from '@hono/zod-openapi'
import { sessionRequired } from '../../http/clinic-route.ts'

/** The OpenAPI tag of every appointments route. */
export const TAG = 'Appointments'

/** A JSON body or answer. */
export const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
})

export const IdParam = z.object({ id: z.uuid() })

/** Every appointments route needs a session: 401 before its input is validated. */
export const signedIn = [sessionRequired]
