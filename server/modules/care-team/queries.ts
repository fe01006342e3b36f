import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

export interface ClinicianRow {
  user_id: string
  full_name: string
  role: 'doctor' | 'assistant'
}

/** Active doctors and assistants of the clinic (who can be put on a care team). */
export async function findClinicians(tx: Tx): Promise<ClinicianRow[]> {
  const { rows } =
    await sql<ClinicianRow>`SELECT user_id, full_name, role FROM clinic_clinicians()`.execute(tx)
  return rows
}

/** The patient's care team, with names and roles (of members still active). */
export async function findCareTeam(tx: Tx, patientId: string) {
  const { rows } = await sql<ClinicianRow & { added_at: Date }>`
    SELECT c.user_id, c.full_name, c.role, t.added_at
    FROM patient_care_team t JOIN clinic_clinicians() c ON c.user_id = t.user_id
    WHERE t.patient_id = ${patientId}
    ORDER BY c.role DESC, c.full_name`.execute(tx)
  return rows
}
