import type { CareTeamMember, Clinician } from '../../../shared/contracts/care-team.ts'
import type { ClinicianRow } from './queries.ts'

export function presentClinician(row: ClinicianRow): Clinician {
  return { userId: row.user_id, fullName: row.full_name, role: row.role }
}

export function presentMember(row: ClinicianRow & { added_at: Date }): CareTeamMember {
  return {
    userId: row.user_id,
    fullName: row.full_name,
    role: row.role,
    addedAt: new Date(row.added_at).toISOString(),
  }
}
