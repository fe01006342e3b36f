import type { ConfirmPerioStaging } from '../../../shared/contracts/perio.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'

/**
 * Records (or clears, with both null) the dentist's confirmed stage and grade on an exam,
 * draft or completed: the one change a completed exam takes, so the dentist can confirm after
 * an assistant completed the charting. Who and when are kept with it; the audit trigger keeps
 * every earlier answer.
 */
export async function confirmStaging(
  tx: Tx,
  actor: Session,
  patientId: string,
  examId: string,
  input: ConfirmPerioStaging,
  now: Date,
): Promise<void> {
  const cleared = input.confirmedStage === null && input.confirmedGrade === null
  const updated = await tx
    .updateTable('perio_exams')
    .set({
      confirmed_stage: input.confirmedStage,
      confirmed_grade: input.confirmedGrade,
      confirmed_by: cleared ? null : actor.userId,
      confirmed_at: cleared ? null : now,
    })
    .where('id', '=', examId)
    .where('patient_id', '=', patientId)
    .returning('id')
    .executeTakeFirst()
  if (!updated) throw new AppError('not_found', 'perio.exam_not_found')
}
