import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'

/**
 * Finds the patient (404 if none) and checks the caller's clinical access to them (403), in
 * one statement. The route has already checked the role's capability; what is left is the
 * per-patient rule (app_clinical_access: care team, clinic setting), the same one every
 * clinical table's policies use, so a 403 here and the rows the database returns agree. When
 * the role covers every patient (`coversAll`, from the request's opening statement), only
 * the patient's existence is asked.
 */
export async function requireClinicalPatient(
  tx: Tx,
  patientId: string,
  mode: 'read' | 'write',
  coversAll: boolean,
): Promise<void> {
  const { rows } = await sql<{ found: boolean; allowed: boolean }>`
    SELECT EXISTS (SELECT 1 FROM patients WHERE id = ${patientId}::uuid AND merged_into_id IS NULL) AS found,
           ${coversAll ? sql`true` : sql`app_clinical_access(${patientId}::uuid, ${mode === 'write'})`} AS allowed`.execute(
    tx,
  )
  const [answer] = rows
  if (!answer?.found) throw new AppError('not_found', 'patient.not_found')
  if (!answer.allowed) throw new AppError('forbidden', 'access.care_team_only')
}
