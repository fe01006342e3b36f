import { useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'
import type { OpenedPatient } from '../../lib/api-types.ts'

export type PatientState =
  | { kind: 'loading' }
  | { kind: 'loaded'; patient: OpenedPatient }
  | { kind: 'failed'; error: unknown }

/**
 * One patient. Each GET is recorded in the audit log as an opening of the record, so it is read
 * once per visit: a patient just registered or just saved is shown from the answer in hand.
 * `reload` reads it again when something else changed it (a merge).
 */
export function usePatient(id: string, known: OpenedPatient | null) {
  const [state, setState] = useState<PatientState>(
    known ? { kind: 'loaded', patient: known } : { kind: 'loading' },
  )
  const [reloads, setReloads] = useState(0)
  const isKnown = known !== null

  useEffect(() => {
    if (isKnown && reloads === 0) return
    const controller = new AbortController()
    api<OpenedPatient>(`/patients/${id}`, { signal: controller.signal })
      .then((patient) => setState({ kind: 'loaded', patient }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', error })
      })
    return () => controller.abort()
  }, [id, isKnown, reloads])

  /** Takes in part of the record from another answer (a saved edit, new alerts). */
  const update = (change: Partial<OpenedPatient>) =>
    setState((current) =>
      current.kind === 'loaded'
        ? { kind: 'loaded', patient: { ...current.patient, ...change } }
        : current,
    )
  const reload = () => setReloads((count) => count + 1)
  return { state, update, reload }
}
