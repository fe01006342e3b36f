import {
  type InfiniteData,
  keepPreviousData,
  QueryClient,
  type QueryKey,
  type UseQueryResult,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { ZodType } from 'zod'
import { ApiError, api } from './api.ts'

// The one way the web app reads from the API: TanStack Query over lib/api.ts. Conventions:
// - A GET's cache key is its path, split at '/', with the query string as a last object part:
//   `/patients/1/history` is ['api', 'patients', '1', 'history']. Invalidating a path therefore
//   refreshes it and everything under it (`/appointments` covers every day and doctor).
// - After a change, invalidate what it affected (useApiMutation's `invalidates`, or
//   useApiCache().invalidate); write an answer in hand with useApiCache().set instead of reading again.
// - Errors stay ApiError (or ApiContractError in development) and are shown via lib/error-text.ts.

/** How many times a read that never reached the server is tried again (network failures only). */
const NETWORK_RETRIES = 2

/** Retries only a request that never got an answer: a 4xx or 5xx would answer the same again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.isNetworkFailure && failureCount < NETWORK_RETRIES
}

/**
 * One per app (web/src/main.tsx). Reads happen when a screen opens, never behind the person's back:
 * no refetch on window focus or reconnect, since some reads (a patient's record, their history)
 * are recorded in the audit log and must be recorded once per visit.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: shouldRetry,
      },
      // A change is sent once; lib/api.ts already repeats a lost POST with its Idempotency-Key.
      mutations: { retry: false },
    },
  })
}

/** The cache key of a request (see the conventions above). The body keeps POST reads apart. */
export function apiKey(path: string, body?: unknown): QueryKey {
  const [route = '', search] = path.split('?', 2)
  const key: unknown[] = ['api', ...route.split('/').filter((part) => part !== '')]
  const query = search ? Object.fromEntries(new URLSearchParams(search)) : undefined
  if (query !== undefined || body !== undefined) {
    key.push({ ...(query ? { query } : {}), ...(body !== undefined ? { body } : {}) })
  }
  return key
}

export interface ApiQueryOptions<T> {
  /**
   * The shared contract of the answer (shared/contracts/), checked in development and tests.
   * Required: every read states what it expects, and its type follows from it.
   */
  schema: ZodType<T>
  /**
   * POST for reads whose parameters must stay out of URLs (a search term: CODE_STYLE.md rule 10).
   * The body is part of the cache key, held only in memory.
   */
  method?: 'GET' | 'POST'
  body?: unknown
  /** A 401 means wrong credentials (an invitation token), not an ended session (lib/api.ts). */
  isSignInAttempt?: boolean
  /** False while there is nothing to ask yet; a null path means the same. */
  enabled?: boolean
  /** Keeps the previous answer on screen while the next one loads (pages, type-ahead). */
  keepPrevious?: boolean
  /**
   * An audited read (the patient record): read once each time a screen showing it opens (unless
   * `initialData` is given) and never again on its own; the cache forgets it when the screen
   * closes. Each opening is recorded in the audit log, so it must be asked for exactly once.
   */
  isAuditedRead?: boolean
  /** An answer already in hand (the record just registered): shown without reading. */
  initialData?: T
  /** Kept for how long before a new screen reads it again; 0 (always read on opening) by default. */
  staleTime?: number
}

/** Reads `path` from the API through the shared cache. */
export function useApiQuery<T>(
  path: string | null,
  options: ApiQueryOptions<T>,
): UseQueryResult<T, unknown> {
  const { schema, method = 'GET', body, isAuditedRead = false, isSignInAttempt } = options
  return useQuery<T, unknown>({
    queryKey: apiKey(path ?? '', body),
    queryFn: ({ signal }) => {
      if (path === null) throw new Error('useApiQuery: no path to read')
      const request = { method, body, signal, ...(isSignInAttempt ? { isSignInAttempt } : {}) }
      return api(path, { ...request, schema }) as Promise<T>
    },
    enabled: path !== null && options.enabled !== false,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.initialData !== undefined ? { initialData: options.initialData } : {}),
    ...(options.staleTime !== undefined ? { staleTime: options.staleTime } : {}),
    ...(isAuditedRead
      ? {
          staleTime: Number.POSITIVE_INFINITY,
          gcTime: 0,
          refetchOnMount: options.initialData === undefined ? 'always' : false,
        }
      : {}),
  })
}

/**
 * Several reads of the same kind at once (one per doctor), each cached under its own path.
 * `combine` turns the answers so far (undefined: not read, or failed) into what the screen
 * shows; it must be a stable function (useCallback), so the result keeps its identity between renders.
 */
export function useApiQueries<T, Combined>(
  paths: readonly string[],
  schema: ZodType<T>,
  combine: (answers: (T | undefined)[]) => Combined,
): Combined {
  return useQueries({
    queries: paths.map((path) => ({
      queryKey: apiKey(path),
      queryFn: ({ signal }: { signal: AbortSignal }) => api(path, { signal, schema }) as Promise<T>,
    })),
    combine: useCallback(
      (results: { data: T | undefined }[]) => combine(results.map((result) => result.data)),
      [combine],
    ),
  })
}

/**
 * A list read a page at a time (newest first, "Load more"): `pathFor(cursor)` is the page after
 * `cursor` (the first page for undefined); `nextCursor` says where the next page starts, if any;
 * `schema` is the contract of one page. The key is the first page's path, so invalidating that
 * path re-reads every page shown.
 */
export function useApiPages<Page, Cursor>(
  pathFor: (cursor: Cursor | undefined) => string,
  nextCursor: (lastPage: Page) => Cursor | undefined,
  schema: ZodType<Page>,
) {
  const firstPath = pathFor(undefined)
  return useInfiniteQuery<
    Page,
    unknown,
    InfiniteData<Page, Cursor | undefined>,
    QueryKey,
    Cursor | undefined
  >({
    queryKey: apiKey(firstPath),
    queryFn: ({ pageParam, signal }) =>
      api(pathFor(pageParam as Cursor | undefined), { signal, schema }) as Promise<Page>,
    initialPageParam: undefined,
    getNextPageParam: (lastPage) => nextCursor(lastPage),
  })
}

/** What a screen does with the cache after a change. */
export interface ApiCache {
  /** Marks `path` and everything under it as out of date; resolves once shown screens re-read it. */
  invalidate: (path: string) => Promise<void>
  /** Replaces a cached answer with one in hand (a saved edit's answer), without reading again. */
  set: <T>(path: string, update: T | ((current: T | undefined) => T | undefined)) => void
}

export function useApiCache(): ApiCache {
  const client = useQueryClient()
  return useMemo(
    () => ({
      invalidate: (path) => client.invalidateQueries({ queryKey: apiKey(path) }),
      set: (path, update) => client.setQueryData(apiKey(path), update),
    }),
    [client],
  )
}

export interface ApiMutationOptions<Result> {
  /** The paths whose cached answers this change makes out of date. */
  invalidates?: readonly string[]
  /** The shared contract of the answer, for a change that answers with a body (lib/api.ts). */
  schema?: ZodType<Result>
}

/**
 * A change sent to the API. `mutateAsync` resolves once the invalidated reads shown on screen are
 * fresh again, so a screen can confirm the change when its tables already reflect it.
 */
export function useApiMutation<Variables, Result = void>(
  request: (variables: Variables) => {
    path: string
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
    body?: unknown
  },
  options: ApiMutationOptions<Result> = {},
) {
  const cache = useApiCache()
  const send = useCallback(
    (variables: Variables) => {
      const { path, method, body } = request(variables)
      return options.schema
        ? (api(path, { method, body, schema: options.schema }) as Promise<Result>)
        : api<Result>(path, { method, body })
    },
    [request, options.schema],
  )
  return useMutation<Result, unknown, Variables>({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all((options.invalidates ?? []).map((path) => cache.invalidate(path)))
    },
  })
}
