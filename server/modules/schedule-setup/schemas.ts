import { z } from '@hono/zod-openapi'
import { isoDate } from '../../../shared/contracts/primitives.ts'

/** Shared pieces of the scheduling set-up API. Times of day are clinic-local 'HH:MM'. */

export const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
})
export const IdParam = z.object({ id: z.uuid() })

export const name = (max: number) => z.string().trim().min(1, 'must not be empty').max(max)

/** At least one field of a PATCH body. */
export const changesSomething = (body: object) => Object.keys(body).length > 0
export const CHANGE_SOMETHING = 'must change at least one field'

export const TimeOfDay = z
  .string()
  .max(5)
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (00:00 to 23:59)')
  .openapi({ example: '09:00' })
/** A session may end at midnight: '24:00'. */
export const EndTimeOfDay = z
  .string()
  .max(5)
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time of day as HH:MM (up to 24:00)')
  .openapi({ example: '13:00' })

export const LocalDate = isoDate().openapi({
  description: 'A date in the clinic’s time zone, YYYY-MM-DD',
  example: '2026-11-24',
})

/** 'HH:MM' to minutes after midnight. */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
