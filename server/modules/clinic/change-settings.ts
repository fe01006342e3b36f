import type { ClinicSettings } from '../../../shared/contracts/clinic.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** What a clinic response shows (the app role may not read every column). */
export const CLINIC_COLUMNS = [
  'id',
  'name',
  'state_code',
  'time_zone',
  'require_two_factor',
  'doctors_see_all_patients',
  'doctors_see_all_appointments',
  'address_line1',
  'address_line2',
  'city',
  'pin_code',
  'phone',
  'email',
  'gstin',
  'logo_key',
] as const

/** The current clinic as a response shows it. */
export function findClinic(tx: Tx) {
  return tx.selectFrom('clinics').select(CLINIC_COLUMNS).executeTakeFirstOrThrow()
}

/** Settings field → column, for the letterhead fields that are copied as they are. */
const LETTERHEAD_FIELDS = {
  stateCode: 'state_code',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  city: 'city',
  pinCode: 'pin_code',
  phone: 'phone',
  email: 'email',
  gstin: 'gstin',
} as const

/**
 * Changes the settings given, leaving the others as they are (null clears a letterhead field);
 * returns the clinic. The route has checked the capability (clinic.settings, owners only), and
 * the clinics update policy checks it again.
 */
export function changeClinicSettings(tx: Tx, settings: ClinicSettings) {
  const { requireTwoFactor, doctorsSeeAllPatients, doctorsSeeAllAppointments } = settings
  const letterhead: Record<string, string | null> = {}
  for (const [field, column] of Object.entries(LETTERHEAD_FIELDS)) {
    const value = settings[field as keyof typeof LETTERHEAD_FIELDS]
    if (value !== undefined) letterhead[column] = value
  }
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
      ...letterhead,
    })
    .returning(CLINIC_COLUMNS)
    .executeTakeFirstOrThrow()
}
