import { useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'
import type { Patient } from '../../lib/api-types.ts'

export type PatientState =
  | { kind: 'loading' }
  | { kind: 'loaded'; patient: Patient }
  | { kind: 'failed'; error: unknown }

/**
 * One patient. Each GET is recorded in the audit log as an opening of the record, so it is read
 * once per visit: a patient just registered or just saved is shown from the answer in hand.
 */
export function usePatient(id: string, known: Patient | null) {
  const [state, setState] = useState<PatientState>(
    known ? { kind: 'loaded', patient: known } : { kind: 'loading' },
  )
  const isKnown = known !== null

  useEffect(() => {
    if (isKnown) return
    const controller = new AbortController()
    api<Patient>(`/patients/${id}`, { signal: controller.signal })
      .then((patient) => setState({ kind: 'loaded', patient }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', error })
      })
    return () => controller.abort()
  }, [id, isKnown])

  const replace = (patient: Patient) => setState({ kind: 'loaded', patient })
  return { state, replace }
}
