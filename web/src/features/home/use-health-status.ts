import { useCallback, useEffect, useState } from 'react'
import { type HealthResponse, parseHealthResponse } from './health-response.ts'

export type HealthState =
  | { kind: 'loading' }
  | { kind: 'loaded'; health: HealthResponse }
  | { kind: 'unreachable' }

const healthUrl = '/api/v1/health'

// A 503 from the health route still carries a body saying what is down, so the body is parsed
// whatever the status code; only a network failure or an unknown shape counts as unreachable.
async function fetchHealth(signal: AbortSignal): Promise<HealthState> {
  try {
    const response = await fetch(healthUrl, { signal, headers: { accept: 'application/json' } })
    const health = parseHealthResponse(await response.json())
    return health ? { kind: 'loaded', health } : { kind: 'unreachable' }
  } catch {
    return { kind: 'unreachable' }
  }
}

export function useHealthStatus(): { state: HealthState; refresh: () => void } {
  const [state, setState] = useState<HealthState>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the refresh trigger.
  useEffect(() => {
    const controller = new AbortController()
    setState({ kind: 'loading' })
    void fetchHealth(controller.signal).then((next) => {
      if (!controller.signal.aborted) setState(next)
    })
    return () => controller.abort()
  }, [attempt])

  const refresh = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, refresh }
}
