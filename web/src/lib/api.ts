// The one way the web app talks to the API. It sends cookies (same origin), echoes the readable
// csrf_token cookie in X-CSRF-Token on every state-changing request (the server's double-submit
// check, see server/http/csrf.ts), and turns error bodies into a typed ApiError.

import type { output, ZodType } from 'zod'
import { checkResponse } from './response-check.ts'

export interface FieldIssue {
  field: string
  /** The stable reason (shared/errors/reasons.ts) and its parameters: what the screen translates. */
  reason?: string
  params?: Record<string, string | number>
  /** The server's English, for developers; never shown (see lib/error-text.ts). */
  message: string
}

/** An error answer from the API, or a network failure (status 0). */
export class ApiError extends Error {
  override name = 'ApiError'

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The whole parsed body, for answers that carry more than the error (login's clinic list). */
    readonly body: unknown = undefined,
  ) {
    super(message)
  }

  get isNetworkFailure(): boolean {
    return this.status === 0
  }

  /** The stable reason of the refusal (shared/errors/reasons.ts), shown through lib/error-text.ts. */
  get reason(): string | undefined {
    const reason = errorPart(this.body)?.reason
    return typeof reason === 'string' ? reason : undefined
  }

  get params(): Record<string, string | number> {
    const params = errorPart(this.body)?.params
    return typeof params === 'object' && params !== null
      ? (params as Record<string, string | number>)
      : {}
  }
}

function errorPart(body: unknown): Record<string, unknown> | undefined {
  return (body as { error?: Record<string, unknown> } | undefined)?.error
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  signal?: AbortSignal
  /**
   * A 401 here means "wrong credentials", not "the session ended" (sign-in, invitation accept),
   * so it must not send the person to the sign-in page.
   */
  isSignInAttempt?: boolean
  /** One key per logical submission; a new one per call when absent (POST only). */
  idempotencyKey?: string
  /**
   * The shared contract of a successful answer (shared/contracts/). Checked in development and
   * tests only, so a server and screen that drift apart fail loudly there; production trusts it.
   */
  schema?: ZodType
}

const CSRF_COOKIE = 'csrf_token'
const SAFE_METHODS = new Set(['GET', 'HEAD'])

let onUnauthenticated: () => void = () => {}

/** Called when a signed-in request answers 401: the session expired or was ended elsewhere. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

/** The session and CSRF cookies are set and cleared together; without one there is no session. */
export function hasSessionCookie(): boolean {
  return readCookie(CSRF_COOKIE) !== undefined
}

/** With a `schema`, the answer's type is the contract's (and is checked in development). */
export function api<Schema extends ZodType>(
  path: string,
  options: RequestOptions & { schema: Schema },
): Promise<output<Schema>>
export function api<T = void>(path: string, options?: RequestOptions): Promise<T>
export async function api(path: string, options: RequestOptions = {}): Promise<unknown> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (!SAFE_METHODS.has(method)) headers['x-csrf-token'] = readCookie(CSRF_COOKIE) ?? ''
  // A create whose response is lost may still have happened: the retry below carries the same
  // Idempotency-Key, so the server answers it again instead of creating twice.
  const idempotencyKey = method === 'POST' ? (options.idempotencyKey ?? newIdempotencyKey()) : ''
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey
  const send = () =>
    fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  let response: Response
  try {
    response = await send().catch((error: unknown) => {
      if ((error as Error).name === 'AbortError' || !idempotencyKey) throw error
      return send()
    })
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error
    throw new ApiError(0, 'network', 'network')
  }
  const body = await readBody(response)
  if (response.ok) {
    if (options.schema) checkResponse(method, path, options.schema, body)
    return body
  }
  const error = toApiError(response.status, body)
  if (response.status === 401 && !options.isSignInAttempt) onUnauthenticated()
  throw error
}

/** 128 random bits as hex. Not crypto.randomUUID(): that needs HTTPS, and clinics use LAN http. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 202) return undefined
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error
  if (!error || typeof error.message !== 'string') {
    return new ApiError(status, 'unknown', `HTTP ${status}`, [], body)
  }
  const issues = Array.isArray(error.issues) ? (error.issues as FieldIssue[]) : []
  if (issues.length === 0 && typeof error.field === 'string') {
    issues.push({
      field: error.field,
      ...(typeof error.reason === 'string' ? { reason: error.reason } : {}),
      ...(typeof error.params === 'object' && error.params !== null
        ? { params: error.params as Record<string, string | number> }
        : {}),
      message: error.message,
    })
  }
  return new ApiError(status, String(error.code ?? 'unknown'), error.message, issues, body)
}
