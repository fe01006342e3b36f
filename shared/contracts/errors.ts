import { z } from 'zod'
import { type ErrorReason, errorReasons } from '../errors/reasons.ts'

/** The body of every error answer (server/http/error-handler.ts), read by the web app. */

const ReasonSchema = z.enum(Object.keys(errorReasons) as [ErrorReason, ...ErrorReason[]]).meta({
  description: 'Stable key of shared/errors/reasons.ts; clients translate it with its params',
})
const ParamsSchema = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .meta({ description: 'Values for the placeholders of the reason, e.g. {"from":"10:00"}' })

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'The category, which decides the status' }),
      reason: ReasonSchema,
      params: ParamsSchema,
      message: z.string().meta({ description: 'In English, for developers and logs' }),
      field: z.string().optional(),
      issues: z
        .array(
          z.object({
            field: z.string(),
            reason: ReasonSchema,
            params: ParamsSchema,
            message: z.string(),
          }),
        )
        .optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'Error', description: 'What went wrong, with the failing fields named' })
export type ErrorBody = z.infer<typeof ErrorSchema>
