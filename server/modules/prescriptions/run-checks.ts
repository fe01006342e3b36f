import { ageOn } from '../../../shared/india/birth-date.ts'
import { checkPrescription } from '../../../shared/prescriptions/index.ts'
import type { PatientForCheck, SafetyWarning } from '../../../shared/prescriptions/types.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { lookupDrugs } from '../formulary/index.ts'
import { findPrescribingHistory } from '../history/index.ts'
import { findPatient } from '../patients/index.ts'
import { latestWeightKg } from '../vitals/index.ts'
import type { LineRow } from './queries.ts'
import { storedLinesForCheck } from './stored-lines.ts'

/**
 * What the checks know of the patient: age from the date of birth (on the clinic's today),
 * the latest recorded weight, allergies and current medicines from the history, and whether
 * pregnancy is a recorded condition. Read through RLS, as the caller (who has clinical access).
 */
export async function patientForCheck(
  tx: Tx,
  patientId: string,
  today: string,
): Promise<PatientForCheck> {
  const patient = await findPatient(tx, patientId)
  if (!patient) throw new AppError('not_found', 'patient.not_found')
  const history = await findPrescribingHistory(tx, patientId)
  const weightKg = await latestWeightKg(tx, patientId)
  return {
    ageYears: ageOn(patient.date_of_birth, today),
    weightKg,
    isPregnant: history.isPregnant,
    allergies: history.allergies,
    medications: history.medications,
  }
}

/** The safety checks (shared/prescriptions) on a prescription's stored lines. Changes nothing. */
export async function checkStoredLines(
  tx: Tx,
  patientId: string,
  lines: readonly LineRow[],
  today: string,
): Promise<SafetyWarning[]> {
  const codes = lines.flatMap((line) => (line.drug_code === null ? [] : [line.drug_code]))
  const patient = await patientForCheck(tx, patientId, today)
  const drugs = await lookupDrugs(tx, codes)
  return checkPrescription(storedLinesForCheck(lines), patient, drugs)
}
