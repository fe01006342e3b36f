import { z } from '@hono/zod-openapi'
import { LocalDate } from './schemas.ts'

const dayMs = 86_400_000
const MAX_DAYS = 366
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs

export const EXCEPTION_KINDS = ['leave', 'holiday', 'training', 'other'] as const
const Instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-11-24T08:30:00Z' })

/**
 * Time off: whole clinic-local days (`from`..`to`, inclusive) or part of a day
 * (`startsAt`..`endsAt`, instants). Exactly one of the two forms.
 */
export const CreateExceptionSchema = z
  .object({
    doctorUserId: z.uuid().nullable().openapi({ description: 'null: the whole clinic is closed' }),
    kind: z.enum(EXCEPTION_KINDS),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    startsAt: Instant.optional(),
    endsAt: Instant.optional(),
    note: z.string().trim().max(200).optional(),
  })
  .superRefine((input, context) => {
    const issue = (field: string, message: string) =>
      context.addIssue({ code: 'custom', path: [field], message })
    const hasDays = input.from !== undefined || input.to !== undefined
    const hasInstants = input.startsAt !== undefined || input.endsAt !== undefined
    if (hasDays && hasInstants) {
      issue('startsAt', 'give either from and to (whole days) or startsAt and endsAt, not both')
    } else if (hasDays) {
      if (input.from === undefined) issue('from', 'is required with to')
      else if (input.to === undefined) issue('to', 'is required with from')
      else if (daysBetween(input.from, input.to) < 0) issue('to', 'must not be before from')
      else if (daysBetween(input.from, input.to) >= MAX_DAYS)
        issue('to', 'must be within a year of from')
    } else if (hasInstants) {
      if (input.startsAt === undefined) issue('startsAt', 'is required with endsAt')
      else if (input.endsAt === undefined) issue('endsAt', 'is required with startsAt')
      else {
        const length = Date.parse(input.endsAt) - Date.parse(input.startsAt)
        if (length <= 0) issue('endsAt', 'must be after startsAt')
        else if (length > MAX_DAYS * dayMs) issue('endsAt', 'must be within a year of startsAt')
      }
    } else {
      issue('from', 'give from and to (whole days) or startsAt and endsAt')
    }
  })
  .openapi('CreateScheduleException')
export type CreateException = z.infer<typeof CreateExceptionSchema>

export const ExceptionRangeQuery = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((range) => daysBetween(range.from, range.to) >= 0, {
    message: 'must not be before from',
    path: ['to'],
  })
  .refine((range) => daysBetween(range.from, range.to) < MAX_DAYS, {
    message: 'must be within a year of from',
    path: ['to'],
  })

export const ExceptionSchema = z
  .object({
    id: z.uuid(),
    doctorUserId: z.uuid().nullable(),
    kind: z.enum(EXCEPTION_KINDS),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    note: z.string().nullable(),
  })
  .openapi('ScheduleException')
