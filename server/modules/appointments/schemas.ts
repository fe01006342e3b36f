import { z } from '@hono/zod-openapi'
import { isoDate, isoInstant } from '../../../shared/contracts/primitives.ts'
import { APPOINTMENT_STATUSES } from '../../db/schema.ts'

const instant = isoInstant().openapi({ example: '2026-11-24T10:30:00+05:30' })
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
    branchId: z.uuid().optional().openapi({ description: "Defaults to the clinic's first branch" }),
    startsAt: instant,
    durationMinutes: minutes
      .optional()
      .openapi({ description: "Defaults to the appointment type's duration, else 15" }),
    endsAt: instant.optional().openapi({ description: 'Instead of durationMinutes' }),
    notes: notes.optional(),
    allowOutsideHours: z.boolean().optional().openapi({
      description: "Book outside the doctor's working hours or leave on purpose (recorded)",
    }),
    isBackEntry: z.boolean().optional().openapi({
      description: 'Record an appointment that already happened (a start in the past)',
    }),
  })
  .openapi('BookAppointment')
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
  .openapi('WalkIn')
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
  .openapi('RescheduleAppointment')
export type Reschedule = z.infer<typeof RescheduleSchema>

export const CancelSchema = z
  .object({ reason: z.string().trim().min(1, 'must say why').max(200) })
  .openapi('CancelAppointment')

export const StatusChangeSchema = z
  .object({
    status: z.enum(['confirmed', 'arrived', 'in_treatment', 'completed', 'no_show']),
  })
  .openapi('AppointmentStatusChange')

export const ListQuerySchema = z.object({
  from: isoDate(),
  to: isoDate().optional().openapi({ description: 'Inclusive; defaults to from' }),
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
      .openapi({ description: 'Name and number are null for roles that do not see patients' }),
    doctor: z.object({ userId: z.uuid(), fullName: z.string().nullable() }),
    chairId: z.uuid().nullable(),
    appointmentType: z.object({ id: z.uuid(), name: z.string(), colour: z.string() }).nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    status: z.enum(APPOINTMENT_STATUSES),
    isWalkIn: z.boolean(),
    isOverride: z.boolean(),
    notes: z.string().nullable(),
    cancelReason: z.string().nullable(),
    statusChangedAt: z.iso.datetime(),
  })
  .openapi('Appointment')
export type AppointmentView = z.infer<typeof AppointmentSchema>
