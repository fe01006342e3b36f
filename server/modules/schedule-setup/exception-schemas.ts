import { z } from '@hono/zod-openapi'
import { isoInstant } from '../../../shared/contracts/primitives.ts'
import { because } from '../../http/errors.ts'
import { LocalDate } from './schemas.ts'

const dayMs = 86_400_000
const MAX_DAYS = 366
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs

export const EXCEPTION_KINDS = ['leave', 'holiday', 'training', 'other'] as const
const Instant = isoInstant().openapi({ example: '2026-11-24T08:30:00Z' })

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
    const issue = (field: string, said: ReturnType<typeof because>) =>
      context.addIssue({ code: 'custom', path: [field], ...said })
    const hasDays = input.from !== undefined || input.to !== undefined
    const hasInstants = input.startsAt !== undefined || input.endsAt !== undefined
    if (hasDays && hasInstants) {
      issue('startsAt', because('schedule.days_and_instants'))
    } else if (hasDays) {
      if (input.from === undefined)
        issue('from', because('schedule.required_with', { other: 'to' }))
      else if (input.to === undefined)
        issue('to', because('schedule.required_with', { other: 'from' }))
      else if (daysBetween(input.from, input.to) < 0)
        issue('to', because('schedule.not_before', { other: 'from' }))
      else if (daysBetween(input.from, input.to) >= MAX_DAYS)
        issue('to', because('schedule.within_year', { other: 'from' }))
    } else if (hasInstants) {
      if (input.startsAt === undefined)
        issue('startsAt', because('schedule.required_with', { other: 'endsAt' }))
      else if (input.endsAt === undefined)
        issue('endsAt', because('schedule.required_with', { other: 'startsAt' }))
      else {
        const length = Date.parse(input.endsAt) - Date.parse(input.startsAt)
        if (length <= 0) issue('endsAt', because('schedule.after', { other: 'startsAt' }))
        else if (length > MAX_DAYS * dayMs)
          issue('endsAt', because('schedule.within_year', { other: 'startsAt' }))
      }
    } else {
      issue('from', because('schedule.days_or_instants'))
    }
  })
  .openapi('CreateScheduleException')
export type CreateException = z.infer<typeof CreateExceptionSchema>

export const ExceptionRangeQuery = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((range) => daysBetween(range.from, range.to) >= 0, {
    ...because('schedule.not_before', { other: 'from' }),
    path: ['to'],
  })
  .refine((range) => daysBetween(range.from, range.to) < MAX_DAYS, {
    ...because('schedule.within_year', { other: 'from' }),
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
