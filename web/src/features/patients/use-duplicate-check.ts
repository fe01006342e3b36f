import { z } from 'zod'
import { type PatientSummary, PatientSummarySchema } from '../../../../shared/contracts/patients.ts'
import { normalizeIndianMobile } from '../../../../shared/india/identifiers.ts'
import { type PatientFormValues, parseBirthDate } from './patient-form-values.ts'
import { type KeyedRequest, useDebouncedRequest } from './use-debounced-request.ts'

const MatchesSchema = z.array(PatientSummarySchema)

interface DuplicateQuery {
  fullName?: string
  dateOfBirth?: string
  phone?: string
}

/**
 * What can be asked about possible duplicates: a complete mobile number, and a name with a
 * complete date of birth. An age alone cannot match anyone (the date would only be estimated).
 */
export function duplicateQueryOf(values: PatientFormValues): DuplicateQuery | null {
  const query: DuplicateQuery = {}
  const phone = normalizeIndianMobile(values.phone)
  if (phone) query.phone = phone
  const fullName = values.fullName.trim().slice(0, 200)
  const dateOfBirth = values.birthMode === 'date' ? parseBirthDate(values.dateOfBirth) : null
  if (fullName && dateOfBirth) {
    query.fullName = fullName
    query.dateOfBirth = dateOfBirth
  }
  return Object.keys(query).length > 0 ? query : null
}

const findDuplicates = (key: string): KeyedRequest => ({
  path: '/patients/duplicates',
  method: 'POST',
  body: JSON.parse(key) as DuplicateQuery,
})

/** Patients already registered who may be this one, checked as the form is filled in. */
export function useDuplicateCheck(values: PatientFormValues, isEnabled: boolean): PatientSummary[] {
  const query = isEnabled ? duplicateQueryOf(values) : null
  const state = useDebouncedRequest(
    query && JSON.stringify(query),
    findDuplicates,
    MatchesSchema,
    400,
  )
  if (state.kind === 'done') return state.value
  // A failed check must not get in the way of registering: it simply shows nothing.
  return state.kind === 'waiting' ? (state.previous ?? []) : []
}
