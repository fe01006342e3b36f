import { useEffect, useState } from 'react'

export type RequestState<T> =
  | { kind: 'idle' }
  | { kind: 'waiting'; previous: T | undefined }
  | { kind: 'done'; key: string; value: T }
  | { kind: 'failed'; error: unknown }

/**
 * Runs `request` for `key` once it has stayed the same for `delayMs`, so typing sends one request
 * per pause rather than one per key. A newer key cancels the request in flight (its answer is
 * never shown). A null key means there is nothing to ask yet.
 */
export function useDebouncedRequest<T>(
  key: string | null,
  request: (key: string, signal: AbortSignal) => Promise<T>,
  delayMs: number,
): RequestState<T> {
  const [state, setState] = useState<RequestState<T>>({ kind: 'idle' })

  // biome-ignore lint/correctness/useExhaustiveDependencies: the request is chosen by the key; a new function identity each render must not re-send it.
  useEffect(() => {
    if (key === null) {
      setState({ kind: 'idle' })
      return
    }
    const controller = new AbortController()
    // Earlier answers stay on screen while the next one is on its way, so the list does not flicker.
    setState((current) => ({
      kind: 'waiting',
      previous:
        current.kind === 'done'
          ? current.value
          : current.kind === 'waiting'
            ? current.previous
            : undefined,
    }))
    const timer = setTimeout(() => {
      request(key, controller.signal).then(
        (value) => {
          if (!controller.signal.aborted) setState({ kind: 'done', key, value })
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ kind: 'failed', error })
        },
      )
    }, delayMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [key, delayMs])

  return state
}
