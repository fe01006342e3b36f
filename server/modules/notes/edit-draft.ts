import type { EditNote } from '../../../shared/contracts/notes.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { requireAppointmentOfPatient } from './appointment-of-patient.ts'
import { loadDraft } from './load-note.ts'

/** Saves a draft's fields, refusing a version the caller has not seen (409). */
export async function editDraft(
  tx: Tx,
  patientId: string,
  noteId: string,
  input: EditNote,
): Promise<void> {
  await loadDraft(tx, patientId, noteId)
  await requireAppointmentOfPatient(tx, patientId, input.appointmentId)
  const updated = await tx
    .updateTable('clinical_notes')
    .set((eb) => ({
      ...(input.visitDate ? { visit_date: input.visitDate } : {}),
      ...(input.appointmentId !== undefined ? { appointment_id: input.appointmentId } : {}),
      ...(input.subjective !== undefined ? { subjective: input.subjective } : {}),
      ...(input.objective !== undefined ? { objective: input.objective } : {}),
      ...(input.assessment !== undefined ? { assessment: input.assessment } : {}),
      ...(input.plan !== undefined ? { plan: input.plan } : {}),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', noteId)
    .where('patient_id', '=', patientId)
    .where('version', '=', input.version)
    .where('signed_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  if (!updated) throw new AppError('conflict', 'note.stale')
}
