import type { CompletePerioExam } from '../../../shared/contracts/perio.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { lockDraft } from './lock-draft.ts'

/**
 * Completes a draft: from then on the database refuses any change to its teeth and sites and
 * to the exam itself, for every role, except recording the confirmed stage and grade. A stage
 * and grade sent with it are the dentist's confirmation of the 2017 AAP/EFP suggestion, a
 * diagnosis: the route lets only a role with clinical.sign (not assistants) send them.
 */
export async function completeExam(
  tx: Tx,
  actor: Session,
  patientId: string,
  examId: string,
  input: CompletePerioExam,
  now: Date,
): Promise<void> {
  const confirming = input.confirmedStage !== undefined || input.confirmedGrade !== undefined
  await lockDraft(tx, patientId, examId)
  await tx
    .updateTable('perio_exams')
    .set({
      status: 'completed',
      completed_by: actor.userId,
      completed_at: now,
      ...(confirming
        ? {
            confirmed_stage: input.confirmedStage ?? null,
            confirmed_grade: input.confirmedGrade ?? null,
            confirmed_by: actor.userId,
            confirmed_at: now,
          }
        : {}),
    })
    .where('id', '=', examId)
    .where('patient_id', '=', patientId)
    .execute()
}
