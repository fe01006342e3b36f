import type { Clinic } from '../../../shared/contracts/clinic.ts'
import type { Clinic as ClinicRow } from '../../db/schema.ts'

/** Every field a clinic response carries. */
export function presentClinic(row: Omit<ClinicRow, 'created_at' | 'updated_at'>): Clinic {
  return {
    id: row.id,
    name: row.name,
    stateCode: row.state_code,
    timeZone: row.time_zone,
    requireTwoFactor: row.require_two_factor,
    doctorsSeeAllPatients: row.doctors_see_all_patients,
    doctorsSeeAllAppointments: row.doctors_see_all_appointments,
  }
}
