import type { Clinic } from '../../../shared/contracts/clinic.ts'
import type { Clinic as ClinicRow } from '../../db/schema.ts'

/** Every field a clinic response carries; the logo's storage key stays on the server. */
export function presentClinic(row: Omit<ClinicRow, 'created_at' | 'updated_at'>): Clinic {
  return {
    id: row.id,
    name: row.name,
    stateCode: row.state_code,
    timeZone: row.time_zone,
    requireTwoFactor: row.require_two_factor,
    doctorsSeeAllPatients: row.doctors_see_all_patients,
    doctorsSeeAllAppointments: row.doctors_see_all_appointments,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    city: row.city,
    pinCode: row.pin_code,
    phone: row.phone,
    email: row.email,
    gstin: row.gstin,
    legalName: row.legal_name,
    hasLogo: row.logo_key !== null,
  }
}
