import { z } from 'zod'
import { type PatientSummary, PatientSummarySchema } from '../../../../shared/contracts/patients.ts'
import {
  type KeyedRequest,
  type RequestState,
  useDebouncedRequest,
} from './use-debounced-request.ts'

const MatchesSchema = z.array(PatientSummarySchema)

/** How many matches one search shows; more means the person should type more. */
export const SEARCH_LIMIT = 20

// The term goes in the body of a POST, not the query string, so names and phone numbers stay
// out of URLs, browser history and proxy logs (CODE_STYLE.md rule 10).
const searchPatients = (query: string): KeyedRequest => ({
  path: '/patients/search',
  method: 'POST',
  body: { q: query, limit: SEARCH_LIMIT },
})

/** Type-ahead search: waits for a 200 ms pause in typing and drops answers to older terms. */
export function usePatientSearch(query: string): RequestState<PatientSummary[]> {
  // The API accepts up to 100 characters; nobody's name or number is longer.
  const term = query.trim().slice(0, 100)
  return useDebouncedRequest(term === '' ? null : term, searchPatients, MatchesSchema, 200)
}
