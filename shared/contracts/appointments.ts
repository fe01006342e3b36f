import { z } from 'zod'
import { appointmentStatuses } from '../scheduling/status-transitions.ts'
import { isoDate, isoInstant, queryInt } from './primitives.ts'

/**
 * The appointments API (server/modules/appointments): the calendar, bookings, the waiting
 * list, attendance and recalls. The server validates with these schemas and the web app
 * reads the same types, so neither can drift from the OpenAPI document.
 */

const instant = isoInstant().meta({ example: '2026-11-24T10:30:00+05:30' })
const minutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(5, 'must be at least 5 minutes')
  .max(720, 'must be at most 12 hours')
const notes = z.string().trim().max(500)

export const BookAppointmentSchema = z
  .object({
    patientId: z.uuid(),
    doctorUserId: z.uuid(),
    chairId: z.uuid().optional(),
    appointmentTypeId: z.uuid().optional(),
    branchId: z.uuid().optional().meta({ description: "Defaults to the clinic's first branch" }),
    startsAt: instant,
    durationMinutes: minutes
      .optional()
      .meta({ description: "Defaults to the appointment type's duration, else 15" }),
    endsAt: instant.optional().meta({ description: 'Instead of durationMinutes' }),
    notes: notes.optional(),
    allowOutsideHours: z.boolean().optional().meta({
      description: "Book outside the doctor's working hours or leave on purpose (recorded)",
    }),
    isBackEntry: z.boolean().optional().meta({
      description: 'Record an appointment that already happened (a start in the past)',
    }),
  })
  .meta({ id: 'BookAppointment', description: 'A booking at a chosen time' })
export type BookAppointment = z.infer<typeof BookAppointmentSchema>

export const WalkInSchema = z
  .object({
    patientId: z.uuid(),
    doctorUserId: z.uuid(),
    chairId: z.uuid().optional(),
    appointmentTypeId: z.uuid().optional(),
    branchId: z.uuid().optional(),
    durationMinutes: minutes.optional(),
    notes: notes.optional(),
    allowOutsideHours: z.boolean().optional(),
  })
  .meta({ id: 'WalkIn', description: 'A patient seen now, without a booking' })
export type WalkIn = z.infer<typeof WalkInSchema>

export const RescheduleSchema = z
  .object({
    startsAt: instant.optional(),
    durationMinutes: minutes.optional(),
    doctorUserId: z.uuid().optional(),
    chairId: z.uuid().nullable().optional(),
    appointmentTypeId: z.uuid().nullable().optional(),
    notes: notes.nullable().optional(),
    allowOutsideHours: z.boolean().optional(),
  })
  .refine(
    (value) => Object.keys(value).some((key) => key !== 'allowOutsideHours'),
    'nothing to change',
  )
  .meta({ id: 'RescheduleAppointment', description: 'What to change; at least one field' })
export type Reschedule = z.infer<typeof RescheduleSchema>

export const CancelSchema = z
  .object({ reason: z.string().trim().min(1, 'must say why').max(200) })
  .meta({ id: 'CancelAppointment', description: 'Why the appointment is cancelled' })

/** The changes POST /appointments/{id}/status accepts; cancelling has its own route. */
export const statusChanges = [
  'confirmed',
  'arrived',
  'in_treatment',
  'completed',
  'no_show',
] as const
export type StatusChange = (typeof statusChanges)[number]

export const StatusChangeSchema = z
  .object({ status: z.enum(statusChanges) })
  .meta({ id: 'AppointmentStatusChange', description: 'The status to move to' })

export const ListQuerySchema = z.object({
  from: isoDate(),
  to: isoDate().optional().meta({ description: 'Inclusive; defaults to from' }),
  doctorUserId: z.uuid().optional(),
  chairId: z.uuid().optional(),
  patientId: z.uuid().optional(),
})

export const AppointmentSchema = z
  .object({
    id: z.uuid(),
    branchId: z.uuid(),
    patient: z
      .object({
        id: z.uuid(),
        fullName: z.string().nullable(),
        patientNumber: z.string().nullable(),
      })
      .meta({ description: 'Name and number are null for roles that do not see patients' }),
    doctor: z.object({ userId: z.uuid(), fullName: z.string().nullable() }),
    chairId: z.uuid().nullable(),
    appointmentType: z.object({ id: z.uuid(), name: z.string(), colour: z.string() }).nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    status: z.enum(appointmentStatuses),
    isWalkIn: z.boolean(),
    isOverride: z.boolean(),
    notes: z.string().nullable(),
    cancelReason: z.string().nullable(),
    statusChangedAt: z.iso.datetime(),
  })
  .meta({ id: 'Appointment', description: 'An appointment as the calendar shows it' })
export type Appointment = z.infer<typeof AppointmentSchema>

export const FreeSlotsQuerySchema = z.object({
  doctorUserId: z.uuid(),
  date: isoDate(),
  durationMinutes: queryInt(5, 480),
  chairId: z.uuid().optional(),
})

export const FreeSlotsSchema = z
  .object({
    date: z.string(),
    durationMinutes: z.number().int(),
    hasWorkingHours: z.boolean(),
    sessions: z.array(z.object({ start: z.string(), end: z.string() })),
    slots: z.array(z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() })),
  })
  .meta({ id: 'FreeSlots', description: "A doctor's free slots on a clinic-local day" })
export type FreeSlots = z.infer<typeof FreeSlotsSchema>

export const WaitingDateQuerySchema = z.object({ date: isoDate() })

export const WaitingPatientSchema = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    patient: z.object({
      id: z.uuid(),
      fullName: z.string().nullable(),
      patientNumber: z.string().nullable(),
    }),
    doctor: z.object({ userId: z.uuid(), fullName: z.string().nullable() }).nullable(),
    note: z.string().nullable(),
    addedAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    appointmentId: z.uuid().nullable(),
  })
  .meta({ id: 'WaitingPatient', description: 'A patient on the waiting list of a day' })
export type WaitingPatient = z.infer<typeof WaitingPatientSchema>

export const AddWaitingPatientSchema = z
  .object({
    patientId: z.uuid(),
    date: isoDate(),
    doctorUserId: z.uuid().optional(),
    note: z.string().trim().max(200).optional(),
  })
  .meta({ id: 'AddWaitingPatient', description: 'A patient to put on the waiting list' })
export type AddWaitingPatient = z.infer<typeof AddWaitingPatientSchema>

export const ResolveWaitingSchema = z.object({ appointmentId: z.uuid().optional() })

export const AttendanceSchema = z
  .object({
    completed: z.number().int(),
    cancelled: z.number().int(),
    noShow: z.number().int(),
    upcoming: z.number().int(),
    lastCompletedAt: z.iso.datetime().nullable(),
    appointments: z.array(AppointmentSchema).meta({ description: 'Newest first, at most 50' }),
  })
  .meta({ id: 'Attendance', description: "A patient's attendance" })
export type Attendance = z.infer<typeof AttendanceSchema>

export const RecallsDueQuerySchema = z.object({
  withinDays: queryInt(0, 365)
    .default(30)
    .meta({ description: 'Due by today plus this many days (clinic-local)' }),
})

export const RecallDueSchema = z
  .object({
    ruleId: z.uuid(),
    ruleName: z.string(),
    patient: z.object({ id: z.uuid(), fullName: z.string(), patientNumber: z.string() }),
    lastVisitOn: z.iso.date(),
    dueOn: z.iso.date(),
  })
  .meta({ id: 'RecallDue', description: 'A patient due for a recall visit' })
export type RecallDue = z.infer<typeof RecallDueSchema>

export const RecallReminderParams = z.object({
  ruleId: z.uuid().meta({ description: 'The recall rule' }),
  patientId: z.uuid().meta({ description: 'The patient due for it' }),
})

export type { AppointmentStatus } from '../scheduling/status-transitions.ts'
export { appointmentStatuses } from '../scheduling/status-transitions.ts'
