import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'

/**
 * Locks the patient's exam for a change and checks it is still a draft: 404 if it is not this
 * patient's, 409 once completed. The row lock makes a save and a completion take turns, so
 * no measurement lands after the exam was completed (the database's trigger refuses that too).
 * The no-op update is what takes the lock, and the exam's trigger stamps updated_at with it.
 */
export async function lockDraft(tx: Tx, patientId: string, examId: string): Promise<void> {
  const locked = await tx
    .updateTable('perio_exams')
    .set((eb) => ({ include_implants: eb.ref('include_implants') }))
    .where('id', '=', examId)
    .where('patient_id', '=', patientId)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst()
  if (locked) return
  const exists = await tx
    .selectFrom('perio_exams')
    .select('status')
    .where('id', '=', examId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst()
  if (!exists) throw new AppError('not_found', 'perio.exam_not_found')
  throw new AppError('conflict', 'perio.exam_completed')
}
