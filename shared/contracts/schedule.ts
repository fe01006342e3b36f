import { z } from 'zod'
import { minutesOfClockTime } from '../scheduling/clinic-time.ts'
import { because, isoDate, isoInstant } from './primitives.ts'

/**
 * The scheduling set-up API (server/modules/schedule-setup, mounted at /schedule): appointment
 * types, chairs, recall rules, working hours, leave and holidays. Times of day are clinic-local
 * 'HH:MM'; whole days are clinic-local dates.
 */

const dayMs = 86_400_000
const MAX_DAYS = 366
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs

/** A required name, trimmed, of at most `max` characters. */
const name = (max: number) => z.string().trim().min(1, 'must not be empty').max(max)

/** At least one field of a PATCH body. */
const changesSomething = (body: object) => Object.keys(body).length > 0
const CHANGE_SOMETHING = 'must change at least one field'

export const TimeOfDaySchema = z
  .string()
  .max(5)
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM (00:00 to 23:59)')
  .meta({ example: '09:00' })
/** A session may end at midnight: '24:00'. */
export const EndTimeOfDaySchema = z
  .string()
  .max(5)
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time of day as HH:MM (up to 24:00)')
  .meta({ example: '13:00' })

const LocalDate = isoDate().meta({
  description: 'A date in the clinic’s time zone, YYYY-MM-DD',
  example: '2026-11-24',
})

/** A listed item as answered: its id, its fields and whether it is in use. */
const itemSchema = <F extends z.ZodRawShape>(fields: F) =>
  z.object({ id: z.uuid(), ...fields, isActive: z.boolean() })

/** A PATCH body: any of the fields, or in use or not; at least one of them. */
const updateSchema = <F extends z.ZodRawShape>(fields: F) =>
  z
    .object({ ...fields, isActive: z.boolean() })
    .partial()
    .refine(changesSomething, CHANGE_SOMETHING)

// Appointment types

const AppointmentTypeFields = {
  name: name(80).meta({ example: 'Root canal sitting' }),
  defaultMinutes: z
    .number()
    .int()
    .min(5)
    .max(480)
    .multipleOf(5, 'must be a multiple of 5')
    .meta({ example: 45 }),
  colour: z
    .string()
    .max(7)
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb')
    .meta({ description: 'Calendar colour; stored in lower case', example: '#2f855a' }),
}
export const AppointmentTypeSchema = itemSchema(AppointmentTypeFields).meta({
  id: 'AppointmentType',
  description: 'A kind of visit with its default length and calendar colour',
})
export type AppointmentType = z.infer<typeof AppointmentTypeSchema>
export const CreateAppointmentTypeSchema = z
  .object(AppointmentTypeFields)
  .meta({ id: 'CreateAppointmentType', description: 'A new appointment type' })
export const UpdateAppointmentTypeSchema = updateSchema(AppointmentTypeFields).meta({
  id: 'UpdateAppointmentType',
  description: 'Changes to an appointment type; at least one field',
})

// Chairs

export const ChairSchema = z
  .object({ id: z.uuid(), branchId: z.uuid(), name: z.string(), isActive: z.boolean() })
  .meta({ id: 'Chair', description: 'A chair (operatory) of a branch' })
export type Chair = z.infer<typeof ChairSchema>
export const ChairsQuerySchema = z.object({ branchId: z.uuid().optional() })
export const CreateChairSchema = z
  .object({ branchId: z.uuid().optional(), name: name(50) })
  .meta({ id: 'CreateChair', description: 'A new chair' })
export const UpdateChairSchema = z
  .object({ name: name(50).optional(), isActive: z.boolean().optional() })
  .refine(changesSomething, CHANGE_SOMETHING)
  .meta({ id: 'UpdateChair', description: 'Changes to a chair; at least one field' })

// Recall rules

const RecallRuleFields = {
  name: name(80).meta({ example: 'Six-monthly check-up' }),
  intervalMonths: z.number().int().min(1).max(60).meta({ example: 6 }),
  afterTypeId: z.uuid().nullable().meta({
    description: 'The appointment type whose completion starts the clock; null: any visit',
  }),
}
export const RecallRuleSchema = itemSchema(RecallRuleFields).meta({
  id: 'RecallRule',
  description: 'A visit is due so many months after the last one',
})
export type RecallRule = z.infer<typeof RecallRuleSchema>
export const CreateRecallRuleSchema = z
  .object({ ...RecallRuleFields, afterTypeId: RecallRuleFields.afterTypeId.optional() })
  .meta({ id: 'CreateRecallRule', description: 'A new recall rule' })
export const UpdateRecallRuleSchema = updateSchema(RecallRuleFields).meta({
  id: 'UpdateRecallRule',
  description: 'Changes to a recall rule; at least one field',
})

// Working hours

const Weekday = z.number().int().min(0).max(6).meta({ description: '0 = Sunday … 6 = Saturday' })
const SessionSchema = z.object({ start: TimeOfDaySchema, end: EndTimeOfDaySchema })

/**
 * A doctor's week in clinic-local wall time. Breaks are the gaps between
 * sessions. Checked whole before the database is touched: a session must end
 * after it starts, and the sessions of a day must not overlap (they may touch).
 */
export const WeekSchema = z
  .object({
    branchId: z.uuid().optional().meta({ description: 'Default: the clinic’s first branch' }),
    week: z
      .array(z.object({ weekday: Weekday, sessions: z.array(SessionSchema).max(8) }))
      .max(7)
      .meta({ description: 'Days left out have no sessions' }),
  })
  .superRefine((input, context) => {
    const seen = new Set<number>()
    input.week.forEach((day, dayIndex) => {
      if (seen.has(day.weekday)) {
        context.addIssue({
          code: 'custom',
          path: ['week', dayIndex, 'weekday'],
          ...because('schedule.weekday_repeated'),
        })
      }
      seen.add(day.weekday)
      const path = (index: number, field: 'start' | 'end') => [
        'week',
        dayIndex,
        'sessions',
        index,
        field,
      ]
      // Refinements run even when a time failed its pattern (already reported): skip those.
      const ordered = day.sessions
        .map((session, index) => ({
          index,
          start: minutesOfClockTime(session.start) ?? Number.NaN,
          end: minutesOfClockTime(session.end) ?? Number.NaN,
        }))
        .filter((session) => !Number.isNaN(session.start) && !Number.isNaN(session.end))
        .sort((a, b) => a.start - b.start || a.index - b.index)
      let latestEnd = -1
      for (const session of ordered) {
        if (session.end <= session.start) {
          context.addIssue({
            code: 'custom',
            path: path(session.index, 'end'),
            ...because('schedule.end_before_start'),
          })
        } else if (session.start < latestEnd) {
          context.addIssue({
            code: 'custom',
            path: path(session.index, 'start'),
            ...because('schedule.session_overlaps'),
          })
        }
        latestEnd = Math.max(latestEnd, session.end)
      }
    })
  })
  .meta({ id: 'WorkingWeek', description: "A doctor's whole working week" })
export type Week = z.infer<typeof WeekSchema>

export const WorkingDaySchema = z
  .object({
    weekday: Weekday,
    sessions: z.array(SessionSchema.extend({ branchId: z.uuid() })),
  })
  .meta({ id: 'WorkingDay', description: "One weekday of a doctor's working week" })
export type WorkingDay = z.infer<typeof WorkingDaySchema>
export type WorkingSession = WorkingDay['sessions'][number]

export const BookableDoctorSchema = z
  .object({
    userId: z.uuid(),
    fullName: z.string(),
    role: z.enum(['owner', 'admin', 'doctor']),
  })
  .meta({ id: 'BookableDoctor', description: 'A doctor, owner or admin who can be booked' })
export type BookableDoctor = z.infer<typeof BookableDoctorSchema>

// Leave and holidays

export const exceptionKinds = ['leave', 'holiday', 'training', 'other'] as const
export type ExceptionKind = (typeof exceptionKinds)[number]
const Instant = isoInstant().meta({ example: '2026-11-24T08:30:00Z' })

/**
 * Time off: whole clinic-local days (`from`..`to`, inclusive) or part of a day
 * (`startsAt`..`endsAt`, instants). Exactly one of the two forms.
 */
export const CreateExceptionSchema = z
  .object({
    doctorUserId: z.uuid().nullable().meta({ description: 'null: the whole clinic is closed' }),
    kind: z.enum(exceptionKinds),
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
  .meta({ id: 'CreateScheduleException', description: 'Leave, a holiday or training' })
export type CreateException = z.infer<typeof CreateExceptionSchema>

export const ExceptionRangeQuerySchema = z
  .object({ from: LocalDate, to: LocalDate })
  .refine((range) => daysBetween(range.from, range.to) >= 0, {
    ...because('schedule.not_before', { other: 'from' }),
    path: ['to'],
  })
  .refine((range) => daysBetween(range.from, range.to) < MAX_DAYS, {
    ...because('schedule.within_year', { other: 'from' }),
    path: ['to'],
  })

export const ScheduleExceptionSchema = z
  .object({
    id: z.uuid(),
    doctorUserId: z.uuid().nullable(),
    kind: z.enum(exceptionKinds),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    note: z.string().nullable(),
  })
  .meta({
    id: 'ScheduleException',
    description: 'Leave or a holiday; whole days run from local midnight to local midnight',
  })
export type ScheduleException = z.infer<typeof ScheduleExceptionSchema>
