import type { History, SaveHistory } from '../../../shared/contracts/history.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { alertsOf } from './alerts.ts'

type Fields = Omit<SaveHistory, 'version'>

const EMPTY: Fields = {
  conditions: [],
  allergies: [],
  medications: [],
  habits: {},
  dentalHistory: {},
  chiefComplaint: null,
}

/**
 * The patient's history as the caller may see it. Rows come through RLS: for a
 * person outside the care team the database returns none, so callers check
 * access first (requireClinicalAccess) to say 403 rather than "no history".
 */
export async function loadHistory(tx: Tx, patientId: string): Promise<History> {
  const row = await tx
    .selectFrom('medical_histories as h')
    .leftJoin('users as u', 'u.id', 'h.updated_by')
    .select([
      'h.conditions',
      'h.allergies',
      'h.medications',
      'h.habits',
      'h.dental_history',
      'h.chief_complaint',
      'h.version',
      'h.updated_at',
      'u.full_name as updated_by_name',
    ])
    .where('h.patient_id', '=', patientId)
    .executeTakeFirst()
  if (!row) return { ...EMPTY, version: 0, updatedAt: null, updatedBy: null, alerts: [] }
  const fields: Fields = {
    conditions: row.conditions as Fields['conditions'],
    allergies: row.allergies as Fields['allergies'],
    medications: row.medications as Fields['medications'],
    habits: row.habits as Fields['habits'],
    dentalHistory: row.dental_history as Fields['dentalHistory'],
    chiefComplaint: row.chief_complaint,
  }
  return {
    ...fields,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by_name,
    alerts: alertsOf(fields),
  }
}

const columnsOf = (fields: Fields) => ({
  conditions: JSON.stringify(fields.conditions),
  allergies: JSON.stringify(fields.allergies),
  medications: JSON.stringify(fields.medications),
  habits: JSON.stringify(fields.habits),
  dental_history: JSON.stringify(fields.dentalHistory),
  chief_complaint: fields.chiefComplaint || null,
})

/**
 * Saves the whole history, refusing to overwrite a version the caller has not
 * seen (409): two people editing at once must not lose each other's entries.
 * The audit trigger keeps every earlier version (before and after values).
 */
export async function saveHistory(
  tx: Tx,
  session: Session,
  patientId: string,
  input: SaveHistory,
): Promise<void> {
  const { version, ...fields } = input
  const stale = () => new AppError('conflict', 'history.stale')
  if (version === 0) {
    const inserted = await tx
      .insertInto('medical_histories')
      .values({
        ...columnsOf(fields),
        clinic_id: session.clinicId,
        patient_id: patientId,
        updated_by: session.userId,
      })
      .onConflict((conflict) => conflict.columns(['clinic_id', 'patient_id']).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) throw stale()
    return
  }
  const updated = await tx
    .updateTable('medical_histories')
    .set((eb) => ({
      ...columnsOf(fields),
      version: eb('version', '+', 1),
      updated_by: session.userId,
    }))
    .where('patient_id', '=', patientId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst()
  if (!updated) throw stale()
}
