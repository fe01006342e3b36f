import type { RegisteredPatient } from '../../../../shared/contracts/patients.ts'

// The answer to a registration, handed from the form to the patient page in memory: it carries
// the possible duplicates to warn about, and saves opening (and decrypting, and auditing) the
// record a second time. Not in history state, which browsers may write to disk.
let latest: RegisteredPatient | null = null

export function rememberRegistration(patient: RegisteredPatient): void {
  latest = patient
}

/** The registration just made, if it is this patient's; it is shown once. */
export function takeRegistration(patientId: string): RegisteredPatient | null {
  if (latest?.id !== patientId) return null
  return latest
}

export function forgetRegistration(patientId: string): void {
  if (latest?.id === patientId) latest = null
}
