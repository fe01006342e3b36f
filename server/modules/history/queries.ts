import { type RawBuilder, sql } from 'kysely'
import type { ClinicalAlert, SaveHistory } from '../../../shared/contracts/history.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { alertsOf } from './alerts.ts'

type AlertSource = Pick<SaveHistory, 'allergies' | 'conditions' | 'medications'>

/**
 * The patient's alerts (allergies, critical conditions, blood thinners), worst first; none
 * without a history. Rows come through RLS, so call it only for someone with clinical access
 * to the patient: for anyone else the database returns no row and this says "no alerts".
 */
export async function findAlerts(tx: Tx, patientId: string): Promise<ClinicalAlert[]> {
  const row = await tx
    .selectFrom('medical_histories')
    .select(['allergies', 'conditions', 'medications'])
    .where('patient_id', '=', patientId)
    .executeTakeFirst()
  if (!row) return []
  return alertsOf({
    allergies: row.allergies as AlertSource['allergies'],
    conditions: row.conditions as AlertSource['conditions'],
    medications: row.medications as AlertSource['medications'],
  })
}

/**
 * What findAlerts() reads, as a subquery for another module's select list, so a patient's
 * record and alerts come back in one statement. `patientId` is a column reference of that
 * query. Row-level security applies as in findAlerts(): without clinical access to the
 * patient the subquery finds no row. Turn the value into alerts with alertsFromSource().
 */
export function alertSourceOf(patientId: RawBuilder<unknown>): RawBuilder<AlertSource | null> {
  return sql<AlertSource | null>`(SELECT json_build_object('allergies', h.allergies,
                                                             'conditions', h.conditions,
                                                             'medications', h.medications)
                                  FROM medical_histories h WHERE h.patient_id = ${patientId})`
}

/** The alerts in what alertSourceOf() read; none without a history. */
export function alertsFromSource(source: AlertSource | null): ClinicalAlert[] {
  return source ? alertsOf(source) : []
}

/**
 * What the prescription safety checks read (server/modules/prescriptions): allergies, the
 * medicines the patient takes, and whether pregnancy is a recorded condition. RLS applies as in
 * findAlerts(): call it only for someone with clinical access to the patient.
 */
export async function findPrescribingHistory(
  tx: Tx,
  patientId: string,
): Promise<{
  allergies: { substance: string; category: string }[]
  medications: { name: string }[]
  isPregnant: boolean
}> {
  const row = await tx
    .selectFrom('medical_histories')
    .select(['allergies', 'conditions', 'medications'])
    .where('patient_id', '=', patientId)
    .executeTakeFirst()
  if (!row) return { allergies: [], medications: [], isPregnant: false }
  const allergies = row.allergies as AlertSource['allergies']
  const conditions = row.conditions as AlertSource['conditions']
  const medications = row.medications as AlertSource['medications']
  return {
    allergies: allergies.map(({ substance, category }) => ({ substance, category })),
    medications: medications.map(({ name }) => ({ name })),
    isPregnant: conditions.some((condition) => condition.code === 'pregnancy'),
  }
}
