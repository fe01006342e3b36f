// Shapes of the scheduling set-up API (GET/POST/PATCH /api/v1/schedule/…), as documented in
// /api/v1/openapi.json under "Schedule set-up". Times of day are clinic-local 'HH:MM'.

/** A doctor, owner or admin who can be booked (GET /schedule/doctors). */
export interface BookableDoctor {
  userId: string
  fullName: string
  role: 'owner' | 'admin' | 'doctor'
}

export interface WorkingSession {
  start: string
  /** Up to '24:00' (midnight at the end of the day). */
  end: string
  branchId: string
}

/** One day of GET /schedule/doctors/{userId}/hours: seven of them, Sunday (0) first. */
export interface WorkingDay {
  weekday: number
  sessions: WorkingSession[]
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
  /** A multiple of 5, 5 to 480. */
  defaultMinutes: number
  /** '#rrggbb', lower case. */
  colour: string
  isActive: boolean
}

export interface RecallRule {
  id: string
  name: string
  intervalMonths: number
  /** The appointment type whose completion starts the clock; null: any visit. */
  afterTypeId: string | null
  isActive: boolean
}

export const exceptionKinds = ['leave', 'holiday', 'training', 'other'] as const
export type ExceptionKind = (typeof exceptionKinds)[number]

/** Leave or a holiday; whole days run from local midnight to local midnight. */
export interface ScheduleException {
  id: string
  /** Null: the whole clinic is closed. */
  doctorUserId: string | null
  kind: ExceptionKind
  startsAt: string
  endsAt: string
  note: string | null
}
