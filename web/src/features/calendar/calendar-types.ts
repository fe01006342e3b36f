// Shapes of the scheduling API answers the calendar screens use (server/modules/appointments and
// server/modules/schedule-setup), as documented in /api/v1/openapi.json.

export const appointmentStatuses = [
  'booked',
  'confirmed',
  'arrived',
  'in_treatment',
  'completed',
  'cancelled',
  'no_show',
] as const
export type AppointmentStatus = (typeof appointmentStatuses)[number]

/** The changes POST /appointments/{id}/status accepts; cancelling has its own route. */
export type StatusChange = Exclude<AppointmentStatus, 'booked' | 'cancelled'>

export interface Appointment {
  id: string
  branchId: string
  /** Name and number are null for roles that do not see patients. */
  patient: { id: string; fullName: string | null; patientNumber: string | null }
  doctor: { userId: string; fullName: string | null }
  chairId: string | null
  appointmentType: { id: string; name: string; colour: string } | null
  /** UTC instants. */
  startsAt: string
  endsAt: string
  durationMinutes: number
  status: AppointmentStatus
  isWalkIn: boolean
  isOverride: boolean
  notes: string | null
  cancelReason: string | null
  statusChangedAt: string
}

export interface BookableDoctor {
  userId: string
  fullName: string
  role: 'owner' | 'admin' | 'doctor'
}

export interface Chair {
  id: string
  branchId: string
  name: string
  isActive: boolean
}

export interface AppointmentType {
  id: string
  name: string
  defaultMinutes: number
  colour: string
  isActive: boolean
}

/** One weekday of a doctor's working week, in clinic-local 'HH:MM'. */
export interface WorkingDay {
  weekday: number
  sessions: { start: string; end: string; branchId: string }[]
}

export interface FreeSlots {
  date: string
  durationMinutes: number
  hasWorkingHours: boolean
  sessions: { start: string; end: string }[]
  slots: { startsAt: string; endsAt: string }[]
}

export interface RecallDue {
  ruleId: string
  ruleName: string
  patient: { id: string; fullName: string; patientNumber: string }
  lastVisitOn: string
  dueOn: string
}

export interface Attendance {
  completed: number
  cancelled: number
  noShow: number
  upcoming: number
  lastCompletedAt: string | null
  appointments: Appointment[]
}

/** A patient chosen for a booking: from the search, a recall or the patient page. */
export interface ChosenPatient {
  id: string
  fullName: string
  patientNumber: string
}
