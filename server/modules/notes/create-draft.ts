import type { NewNote } from '../../../shared/contracts/notes.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { requireAppointmentOfPatient } from './appointment-of-patient.ts'

/** Starts a draft note for a visit (today, clinic time, unless given). */
export async function createDraft(
  tx: Tx,
  session: Session,
  patientId: string,
  today: string,
  input: NewNote,
): Promise<string> {
  await requireAppointmentOfPatient(tx, patientId, input.appointmentId)
  const { id } = await tx
    .insertInto('clinical_notes')
    .values({
      clinic_id: session.clinicId,
      patient_id: patientId,
      visit_date: input.visitDate ?? today,
      appointment_id: input.appointmentId ?? null,
      subjective: input.subjective ?? '',
      objective: input.objective ?? '',
      assessment: input.assessment ?? '',
      plan: input.plan ?? '',
      author_id: session.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
