import type { ZodType } from 'zod'
import { useApiQuery } from '../../lib/query.ts'
import { useDebouncedValue } from '../../lib/use-debounced-value.ts'

export type RequestState<T> =
  | { kind: 'idle' }
  | { kind: 'waiting'; previous: T | undefined }
  | { kind: 'done'; key: string; value: T }
  | { kind: 'failed'; error: unknown }

/** The read a key stands for: a path, and for searches a POST body (kept out of the URL). */
export interface KeyedRequest {
  path: string
  method?: 'GET' | 'POST'
  body?: unknown
}

/**
 * Reads the request for `key` once it has stayed the same for `delayMs`, so typing sends one
 * request per pause rather than one per key. A newer key cancels the request in flight (its answer
 * is never shown); earlier answers stay on screen meanwhile, so the list does not flicker. A null
 * key means there is nothing to ask yet. `schema` is the shared contract of every answer.
 */
export function useDebouncedRequest<T>(
  key: string | null,
  request: (key: string) => KeyedRequest,
  schema: ZodType<T>,
  delayMs: number,
): RequestState<T> {
  const settledKey = useDebouncedValue(key, delayMs)
  const described = settledKey === null ? null : request(settledKey)
  const query = useApiQuery(described?.path ?? null, {
    schema,
    method: described?.method ?? 'GET',
    body: described?.body,
    keepPrevious: true,
  })
  if (key === null) return { kind: 'idle' }
  if (key !== settledKey || query.isPlaceholderData || query.isFetching) {
    return { kind: 'waiting', previous: query.data }
  }
  if (query.isError) return { kind: 'failed', error: query.error }
  if (query.isSuccess) return { kind: 'done', key, value: query.data }
  return { kind: 'waiting', previous: undefined }
}
