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
