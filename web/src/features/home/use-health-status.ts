import { HealthSchema } from '../../../../shared/contracts/health.ts'
import { ApiError } from '../../lib/api.ts'
import { useApiQuery } from '../../lib/query.ts'
import { type HealthResponse, parseHealthResponse } from './health-response.ts'

export type HealthState =
  | { kind: 'loading' }
  | { kind: 'loaded'; health: HealthResponse }
  | { kind: 'unreachable' }

// A 503 from the health route still carries a body saying what is down, so the body is parsed
// whatever the status code; only a network failure or an unknown shape counts as unreachable.
function stateOf(body: unknown): HealthState {
  const health = parseHealthResponse(body)
  return health ? { kind: 'loaded', health } : { kind: 'unreachable' }
}

export function useHealthStatus(): { state: HealthState; refresh: () => void } {
  const query = useApiQuery('/health', { schema: HealthSchema })
  const state: HealthState = query.isFetching
    ? { kind: 'loading' }
    : query.isSuccess
      ? stateOf(query.data)
      : query.error instanceof ApiError
        ? stateOf(query.error.body)
        : { kind: 'unreachable' }
  return { state, refresh: () => void query.refetch() }
}
