import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

const selectVitals = (tx: Tx) =>
  tx
    .selectFrom('vitals as v')
    .leftJoin('users as u', 'u.id', 'v.recorded_by')
    .select([
      'v.id',
      'v.patient_id',
      'v.taken_at',
      'v.systolic',
      'v.diastolic',
      'v.pulse',
      'v.temperature_c',
      'v.spo2',
      'v.weight_kg',
      'v.height_cm',
      'v.glucose_mg_dl',
      'v.glucose_context',
      'u.full_name as recorded_by_name',
    ])

export type VitalsRow = NonNullable<Awaited<ReturnType<typeof vitalsById>>>

/** One entry, as RLS lets the caller see it. */
export async function vitalsById(tx: Tx, id: string) {
  return selectVitals(tx).where('v.id', '=', id).executeTakeFirst()
}

/**
 * A patient's entries, newest first, optionally from/to days in the clinic's time zone
 * (inclusive). Rows come through RLS: callers check clinical access first to say 403.
 */
export async function vitalsOfPatient(
  tx: Tx,
  patientId: string,
  range: { from?: string | undefined; to?: string | undefined; zone: string },
) {
  let query = selectVitals(tx).where('v.patient_id', '=', patientId)
  if (range.from) {
    query = query.where(
      sql<boolean>`(v.taken_at AT TIME ZONE ${range.zone})::date >= ${range.from}::date`,
    )
  }
  if (range.to) {
    query = query.where(
      sql<boolean>`(v.taken_at AT TIME ZONE ${range.zone})::date <= ${range.to}::date`,
    )
  }
  return query.orderBy('v.taken_at', 'desc').orderBy('v.id').limit(1000).execute()
}

/**
 * The patient's latest recorded weight in kilograms, or null: the prescription checks dose
 * children by weight (server/modules/prescriptions). Rows come through RLS.
 */
export async function latestWeightKg(tx: Tx, patientId: string): Promise<number | null> {
  const row = await tx
    .selectFrom('vitals')
    .select('weight_kg')
    .where('patient_id', '=', patientId)
    .where('weight_kg', 'is not', null)
    .orderBy('taken_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.weight_kg == null ? null : Number(row.weight_kg)
}
