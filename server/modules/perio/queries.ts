import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { auditEachRowRead } from '../audit/index.ts'

const selectExams = (tx: Tx) =>
  tx
    .selectFrom('perio_exams as e')
    .leftJoin('users as c', 'c.id', 'e.created_by')
    .leftJoin('users as d', 'd.id', 'e.completed_by')
    .leftJoin('users as s', 's.id', 'e.confirmed_by')
    .select([
      'e.id',
      'e.patient_id',
      'e.status',
      'e.include_implants',
      'e.appointment_id',
      'e.copied_from',
      'e.created_at',
      'c.full_name as created_by_name',
      'e.updated_at',
      'e.completed_at',
      'd.full_name as completed_by_name',
      'e.confirmed_stage',
      'e.confirmed_grade',
      'e.confirmed_at',
      's.full_name as confirmed_by_name',
    ])

export type ExamRow = Awaited<ReturnType<typeof examsOfPatient>>[number]

/** The patient's exams, newest first, as RLS lets the caller see them. */
export async function examsOfPatient(tx: Tx, patientId: string) {
  return selectExams(tx)
    .where('e.patient_id', '=', patientId)
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id')
    .limit(200)
    .execute()
}

/**
 * Exams of the patient by id. With `audited`, each exam returned is recorded as read by the
 * same statement (an exam the query does not return is not).
 */
export async function examsById(
  tx: Tx,
  patientId: string,
  examIds: readonly string[],
  { audited }: { audited: boolean },
): Promise<ExamRow[]> {
  if (examIds.length === 0) return []
  const query = selectExams(tx)
    .where('e.patient_id', '=', patientId)
    .where('e.id', 'in', [...examIds])
  if (!audited) return query.execute()
  return query
    .select(
      auditEachRowRead('perio_exams', sql.ref('e.id'), sql.ref('e.patient_id')).as('read_audited'),
    )
    .execute()
}

/** The patient's latest completed exam (what a new exam may be copied from). */
export async function latestCompletedExam(tx: Tx, patientId: string) {
  return tx
    .selectFrom('perio_exams')
    .select(['id', 'patient_id'])
    .where('patient_id', '=', patientId)
    .where('status', '=', 'completed')
    .orderBy('completed_at', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export type ToothRow = Awaited<ReturnType<typeof teethOf>>[number]
export type SiteRow = Awaited<ReturnType<typeof sitesOf>>[number]

/** Per-tooth records of these exams, by tooth number. */
export async function teethOf(tx: Tx, examIds: readonly string[]) {
  if (examIds.length === 0) return []
  return tx
    .selectFrom('perio_teeth')
    .select(['exam_id', 'tooth', 'missing', 'implant', 'mobility', 'furcation'])
    .where('exam_id', 'in', [...examIds])
    .orderBy('tooth')
    .execute()
}

/** Probing sites of these exams, by tooth (site order is put right by the presenter). */
export async function sitesOf(tx: Tx, examIds: readonly string[]) {
  if (examIds.length === 0) return []
  return tx
    .selectFrom('perio_sites')
    .select(['exam_id', 'tooth', 'site', 'ppd', 'recession', 'bleeding', 'suppuration', 'plaque'])
    .where('exam_id', 'in', [...examIds])
    .orderBy('tooth')
    .execute()
}

/**
 * What staging needs from the patient record and the medical history: the date of birth, and
 * the history's habits and conditions (null without a history, or without clinical access:
 * RLS returns no history row then, so callers check access first).
 */
export async function riskFactorSources(tx: Tx, patientId: string) {
  return tx
    .selectFrom('patients as p')
    .leftJoin('medical_histories as h', (join) =>
      join.onRef('h.clinic_id', '=', 'p.clinic_id').onRef('h.patient_id', '=', 'p.id'),
    )
    .select(['p.date_of_birth', 'h.habits', 'h.conditions'])
    .where('p.id', '=', patientId)
    .executeTakeFirst()
}
