import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { errorCodeOf, isConnectionError } from '../db/connection-errors.ts'
import type { AppEnv } from './app-env.ts'
import { fromDatabaseError } from './database-errors.ts'
import { AppError, fieldError } from './errors.ts'

/**
 * Maps anything thrown by a handler to a JSON error. Known errors keep their
 * status and message; a lost database connection is a 503 the client can retry;
 * everything else is logged by request id and answered with a bare 500: no stack
 * trace, no database message ever reaches the client.
 */
export function handleError(error: Error, c: Context<AppEnv>) {
  const appError = toAppError(error)
  if (appError.status >= 500) logFailure(error, c, appError.code === 'unavailable')
  // Lost connections are replaced within moments; tell well-behaved clients when to retry.
  if (appError.code === 'unavailable') c.header('Retry-After', '1')
  return errorResponse(c, appError)
}

/**
 * What is logged about a failed request: its id, method and route pattern, the error's class
 * and code (SQLSTATE or Node's), and the stack frames. Never the error message, the URL or the
 * body: messages can quote values (PostgreSQL's do, and JSON.parse's quote the input).
 */
export function logFailure(error: unknown, c: Context<AppEnv>, isUnavailable = false) {
  const err = {
    name: error instanceof Error ? error.constructor.name || error.name : typeof error,
    code: errorCodeOf(error),
    ...(isUnavailable ? {} : { frames: stackFrames(error) }),
  }
  const details = {
    requestId: c.var.requestId,
    method: c.req.method,
    route: c.req.routePath,
    err,
  }
  if (isUnavailable) c.var.deps.logger.warn(details, 'request failed: database unavailable')
  else c.var.deps.logger.error(details, 'request failed')
}

/** The "at …" lines of a stack, without its first line (which repeats the message). */
export function stackFrames(error: unknown): string[] | undefined {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return undefined
  return error.stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 12)
}

export function errorResponse(c: Context<AppEnv>, error: AppError) {
  const body = {
    error: {
      code: error.code,
      // The stable reason and its parameters are what clients translate; the message is English.
      reason: error.reason,
      params: error.params,
      message: error.message,
      ...(error.field ? { field: error.field, issues: error.issues } : {}),
      requestId: c.var.requestId,
    },
  }
  return c.json(body, error.status)
}

function toAppError(error: Error): AppError {
  if (error instanceof AppError) return error
  if (error instanceof HTTPException) return fromHttpException(error)
  if (isConnectionError(error)) {
    return new AppError('unavailable', 'server.unavailable')
  }
  return fromDatabaseError(error) ?? new AppError('internal', 'server.internal')
}

function fromHttpException(error: HTTPException): AppError {
  switch (error.status) {
    case 400:
      // Hono's validators throw this for a body that is not valid JSON.
      return /json/i.test(error.message)
        ? fieldError('bad_request', 'body', 'request.invalid_json')
        : new AppError('bad_request', 'request.invalid')
    case 413:
      return new AppError('payload_too_large', 'request.too_large')
    case 415:
      // @hono/zod-openapi throws this when a JSON route gets another content type.
      return fieldError('unsupported_media_type', 'body', 'request.unsupported_media_type')
    case 401:
      return new AppError('unauthenticated', 'auth.sign_in_required')
    case 403:
      return new AppError('forbidden', 'access.forbidden')
    case 404:
      return new AppError('not_found', 'request.not_found')
    default:
      return new AppError('internal', 'server.internal')
  }
}
