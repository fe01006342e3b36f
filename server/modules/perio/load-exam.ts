import type { PerioExam } from '../../../shared/contracts/perio.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { presentExam } from './present.ts'
import { examsById, sitesOf, teethOf } from './queries.ts'

/**
 * Exams of the patient, whole and summarised, in the order asked; 404 if one is not this
 * patient's (or the caller may not see it). `audited` records each as read (a clinical read).
 */
export async function loadExams(
  tx: Tx,
  patientId: string,
  examIds: readonly string[],
  options: { audited: boolean },
): Promise<PerioExam[]> {
  const rows = await examsById(tx, patientId, examIds, options)
  const teeth = await teethOf(tx, examIds)
  const sites = await sitesOf(tx, examIds)
  return examIds.map((examId) => {
    const row = rows.find((candidate) => candidate.id === examId)
    if (!row) throw new AppError('not_found', 'perio.exam_not_found')
    return presentExam(row, teeth, sites)
  })
}

export async function loadExam(
  tx: Tx,
  patientId: string,
  examId: string,
  options: { audited: boolean },
): Promise<PerioExam> {
  const [exam] = await loadExams(tx, patientId, [examId], options)
  return exam as PerioExam
}
