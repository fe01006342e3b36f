import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

const selectFindings = (tx: Tx) =>
  tx
    .selectFrom('dental_findings as f')
    .leftJoin('users as r', 'r.id', 'f.recorded_by')
    .leftJoin('users as c', 'c.id', 'f.completed_by')
    .leftJoin('users as s', 's.id', 'f.superseded_by')
    .select([
      'f.id',
      'f.patient_id',
      'f.tooth',
      'f.surfaces',
      'f.kind',
      'f.material',
      'f.mobility_grade',
      'f.recession_mm',
      'f.status',
      'f.note',
      'f.recorded_at',
      'r.full_name as recorded_by_name',
      'f.completed_at',
      'c.full_name as completed_by_name',
      'f.supersedes_id',
      'f.superseded_at',
      's.full_name as superseded_by_name',
      'f.superseded_reason',
    ])

export type FindingRow = Awaited<ReturnType<typeof findingById>> & object

/** One finding of the patient, as RLS lets the caller see it. */
export async function findingById(tx: Tx, patientId: string, id: string) {
  return selectFindings(tx)
    .where('f.patient_id', '=', patientId)
    .where('f.id', '=', id)
    .executeTakeFirst()
}

/**
 * The findings live on the patient's chart now, or at `asOf` (recorded by then and not yet
 * superseded then), by tooth then when recorded. Rows come through RLS: check access first.
 */
export async function chartOf(tx: Tx, patientId: string, asOf?: string) {
  let query = selectFindings(tx).where('f.patient_id', '=', patientId)
  query = asOf
    ? query
        .where('f.recorded_at', '<=', new Date(asOf))
        .where((eb) =>
          eb.or([eb('f.superseded_at', 'is', null), eb('f.superseded_at', '>', new Date(asOf))]),
        )
    : query.where('f.superseded_at', 'is', null)
  return query.orderBy('f.tooth').orderBy('f.recorded_at').orderBy('f.id').limit(2000).execute()
}

/** Every finding ever recorded on one tooth, newest first. */
export async function toothHistory(tx: Tx, patientId: string, tooth: number) {
  return selectFindings(tx)
    .where('f.patient_id', '=', patientId)
    .where('f.tooth', '=', tooth)
    .orderBy('f.recorded_at', 'desc')
    .orderBy(sql`f.superseded_at IS NULL`, 'desc')
    .orderBy('f.id')
    .limit(2000)
    .execute()
}
