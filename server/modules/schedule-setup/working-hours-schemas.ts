import { z } from '@hono/zod-openapi'
import { because } from '../../http/errors.ts'
import { EndTimeOfDay, minutesOf, TimeOfDay } from './schemas.ts'

const Weekday = z.number().int().min(0).max(6).openapi({ description: '0 = Sunday … 6 = Saturday' })

const SessionSchema = z.object({ start: TimeOfDay, end: EndTimeOfDay })

/**
 * A doctor's week in clinic-local wall time. Breaks are the gaps between
 * sessions. Checked whole before the database is touched: a session must end
 * after it starts, and the sessions of a day must not overlap (they may touch).
 */
export const WeekSchema = z
  .object({
    branchId: z.uuid().optional().openapi({ description: 'Default: the clinic’s first branch' }),
    week: z
      .array(z.object({ weekday: Weekday, sessions: z.array(SessionSchema).max(8) }))
      .max(7)
      .openapi({ description: 'Days left out have no sessions' }),
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
      const ordered = day.sessions
        .map((session, index) => ({
          index,
          start: minutesOf(session.start),
          end: minutesOf(session.end),
        }))
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
  .openapi('WorkingWeek')
export type Week = z.infer<typeof WeekSchema>

export const WorkingDaySchema = z
  .object({
    weekday: Weekday,
    sessions: z.array(SessionSchema.extend({ branchId: z.uuid() })),
  })
  .openapi('WorkingDay')

export const BookableDoctorSchema = z
  .object({
    userId: z.uuid(),
    fullName: z.string(),
    role: z.enum(['owner', 'admin', 'doctor']),
  })
  .openapi('BookableDoctor')
