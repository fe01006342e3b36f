import { type OpenedPatient, OpenedPatientSchema } from '../../../../shared/contracts/patients.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

export type PatientState =
  | { kind: 'loading' }
  | { kind: 'loaded'; patient: OpenedPatient }
  | { kind: 'failed'; error: unknown }

/**
 * One patient. Each GET is recorded in the audit log as an opening of the record, so it is read
 * once per visit (an audited read: no refetch on focus, reconnect or re-render): a patient just
 * registered or just saved is shown from the answer in hand. `reload` reads it again when
 * something else changed it (a merge).
 */
export function usePatient(id: string, known: OpenedPatient | null) {
  const path = `/patients/${id}`
  const query = useApiQuery(path, {
    schema: OpenedPatientSchema,
    isAuditedRead: true,
    ...(known ? { initialData: known } : {}),
  })
  const cache = useApiCache()
  const state: PatientState = query.isError
    ? { kind: 'failed', error: query.error }
    : query.data !== undefined
      ? { kind: 'loaded', patient: query.data }
      : { kind: 'loading' }

  /** Takes in part of the record from another answer (a saved edit, new alerts). */
  const update = (change: Partial<OpenedPatient>) =>
    cache.set<OpenedPatient>(path, (current) => (current ? { ...current, ...change } : current))
  const reload = () => void query.refetch()
  return { state, update, reload }
}
