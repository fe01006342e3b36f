import { can, type Me } from '../../../../shared/contracts/auth.ts'
import type { OpenedPatient, Patient } from '../../../../shared/contracts/patients.ts'

/**
 * A patient just registered, as GET /patients/{id} would show them to the person who registered
 * them, without opening the record again. They have no history yet. Owners and admins see every
 * patient's clinical records, and a doctor who registers a patient joins their care team
 * (server/modules/patients/register-patient.ts); nobody else is on it yet.
 */
export function openedAfterRegistration(patient: Patient, me: Me): OpenedPatient {
  const isClinician = can(me, 'clinical.all_patients') || me.role === 'doctor'
  const read = isClinician && can(me, 'clinical.read')
  return {
    ...patient,
    clinicalAccess: { read, write: isClinician && can(me, 'clinical.write') },
    alerts: read ? [] : null,
  }
}
