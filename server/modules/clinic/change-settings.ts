import type { ClinicSettings } from '../../../shared/contracts/clinic.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** What a clinic response shows (the app role may not read every column). */
const CLINIC_COLUMNS = [
  'id',
  'name',
  'state_code',
  'time_zone',
  'require_two_factor',
  'doctors_see_all_patients',
  'doctors_see_all_appointments',
] as const

/**
 * Changes the settings given, leaving the others as they are; returns the clinic. The route has
 * checked the capability (clinic.settings, owners only).
 */
export function changeClinicSettings(tx: Tx, settings: ClinicSettings) {
  const { requireTwoFactor, doctorsSeeAllPatients, doctorsSeeAllAppointments } = settings
  return tx
    .updateTable('clinics')
    .set({
      ...(requireTwoFactor === undefined ? {} : { require_two_factor: requireTwoFactor }),
      ...(doctorsSeeAllPatients === undefined
        ? {}
        : { doctors_see_all_patients: doctorsSeeAllPatients }),
      ...(doctorsSeeAllAppointments === undefined
        ? {}
        : { doctors_see_all_appointments: doctorsSeeAllAppointments }),
    })
    .returning(CLINIC_COLUMNS)
    .executeTakeFirstOrThrow()
}
