import type { Tx } from '../../db/with-clinic.ts'
import { fieldError } from '../../http/errors.ts'

/** An appointment a note links to must be this patient's (400 naming the field). */
export async function requireAppointmentOfPatient(
  tx: Tx,
  patientId: string,
  appointmentId: string | null | undefined,
): Promise<void> {
  if (!appointmentId) return
  const found = await tx
    .selectFrom('appointments')
    .select('id')
    .where('id', '=', appointmentId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst()
  if (!found) throw fieldError('bad_request', 'appointmentId', 'note.appointment_unknown')
}
