import { sql } from 'kysely'
import type { NewPerioExam } from '../../../shared/contracts/perio.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { latestCompletedExam } from './queries.ts'

/** An appointment the exam links to must be this patient's (400 naming the field). */
async function requireAppointmentOfPatient(tx: Tx, patientId: string, appointmentId: string) {
  const found = await tx
    .selectFrom('appointments')
    .select('id')
    .where('id', '=', appointmentId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst()
  if (!found) throw fieldError('bad_request', 'appointmentId', 'perio.appointment_unknown')
}

/**
 * Starts a draft exam: blank, or a copy of the latest *completed* exam's measurements, so a
 * re-evaluation starts from the last charting (missing teeth and implants carried over) and
 * only the changes need probing. Whether implants count is the new exam's own choice.
 */
export async function createExam(
  tx: Tx,
  actor: Session,
  patientId: string,
  input: NewPerioExam,
): Promise<string> {
  if (input.appointmentId) await requireAppointmentOfPatient(tx, patientId, input.appointmentId)
  const source =
    input.copyFrom === 'previous' ? await latestCompletedExam(tx, patientId) : undefined
  if (input.copyFrom === 'previous' && !source) {
    throw new AppError('conflict', 'perio.no_previous_exam')
  }
  const exam = await tx
    .insertInto('perio_exams')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      include_implants: input.includeImplants ?? false,
      appointment_id: input.appointmentId ?? null,
      copied_from: source?.id ?? null,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (source) {
    await sql`
      INSERT INTO perio_teeth (clinic_id, exam_id, patient_id, tooth, missing, implant, mobility, furcation)
      SELECT clinic_id, ${exam.id}::uuid, patient_id, tooth, missing, implant, mobility, furcation
      FROM perio_teeth WHERE exam_id = ${source.id}::uuid`.execute(tx)
    await sql`
      INSERT INTO perio_sites (clinic_id, exam_id, patient_id, tooth, site, ppd, recession, bleeding, suppuration, plaque)
      SELECT clinic_id, ${exam.id}::uuid, patient_id, tooth, site, ppd, recession, bleeding, suppuration, plaque
      FROM perio_sites WHERE exam_id = ${source.id}::uuid`.execute(tx)
  }
  return exam.id
}
