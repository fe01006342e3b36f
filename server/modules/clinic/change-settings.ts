import { checkGstin } from '../../../shared/billing/index.ts'
import type { ClinicSettings } from '../../../shared/contracts/clinic.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { fieldError } from '../../http/errors.ts'

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
  'legal_name',
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
  legalName: 'legal_name',
} as const

/**
 * Changes the settings given, leaving the others as they are (null clears a letterhead field);
 * returns the clinic. The route has checked the capability (clinic.settings, owners only), and
 * the clinics update policy checks it again.
 */
export async function changeClinicSettings(tx: Tx, settings: ClinicSettings) {
  await requireGstinOfState(tx, settings)
  const { requireTwoFactor, doctorsSeeAllPatients, doctorsSeeAllAppointments } = settings
  const letterhead: Record<string, string | null> = {}
  for (const [field, column] of Object.entries(LETTERHEAD_FIELDS)) {
    const value = settings[field as keyof typeof LETTERHEAD_FIELDS]
    if (value !== undefined) letterhead[column] = value
  }
  return await tx
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

/**
 * A GSTIN begins with the code of the state it was issued in (india-domain §3.5), and the clinic
 * supplies its services in its own state (IGST Act s.12(4)): the GSTIN and state, as they will
 * be after this change, must agree. 400 on the GSTIN, naming the state it must start with (the
 * clinics_gstin_state constraint refuses it too).
 */
export async function requireGstinOfState(tx: Tx, settings: ClinicSettings): Promise<void> {
  if (settings.gstin === undefined && settings.stateCode === undefined) return
  const now = await tx
    .selectFrom('clinics')
    .select(['gstin', 'state_code'])
    .executeTakeFirstOrThrow()
  const gstin = settings.gstin === undefined ? now.gstin : settings.gstin
  const stateCode = settings.stateCode === undefined ? now.state_code : settings.stateCode
  if (gstin === null || stateCode === null) return
  const check = checkGstin(gstin, { stateCode })
  if (check.ok || check.code !== 'state') return
  throw fieldError('bad_request', 'gstin', 'clinic.gstin_state', { stateCode })
}
