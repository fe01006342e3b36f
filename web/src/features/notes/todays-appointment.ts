import { useState } from 'react'
import { z } from 'zod'
import { type Appointment, AppointmentSchema } from '../../../../shared/contracts/appointments.ts'
import { can } from '../../../../shared/contracts/auth.ts'
import { todayInZone } from '../../../../shared/format/index.ts'
import { useApiQuery } from '../../lib/query.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'

const AppointmentListSchema = z.array(AppointmentSchema)

/** An appointment that did not take place cannot be the visit a note is about. */
const isVisit = (appointment: Appointment) =>
  appointment.status !== 'cancelled' && appointment.status !== 'no_show'

/**
 * The patient's appointment today (clinic-local day), the one a new note is offered to link to,
 * and the clinic's time zone to show it in. None when the role cannot read the calendar or a
 * doctor cannot see that appointment (the server decides whose appointments a doctor sees).
 */
export function useTodaysAppointment(patientId: string) {
  const me = useMe()
  const zone = clinicZoneOf(me)
  const [today] = useState(() => todayInZone(zone))
  const read = useApiQuery(
    can(me, 'schedule.read') ? `/appointments?from=${today}&patientId=${patientId}` : null,
    { schema: AppointmentListSchema },
  )
  return { appointment: read.data?.find(isVisit) ?? null, zone }
}
