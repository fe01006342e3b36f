import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from './app-env.ts'
import { fromDatabaseError } from './database-errors.ts'
import { AppError } from './errors.ts'

/**
 * Maps anything thrown by a handler to a JSON error. Known errors keep their
 * status and message; everything else is logged by request id and answered with
 * a bare 500: no stack trace, no database message ever reaches the client.
 */
export function handleError(error: Error, c: Context<AppEnv>) {
  const appError = toAppError(error)
  if (appError.status >= 500) {
    c.var.deps.logger.error(
      {
        requestId: c.var.requestId,
        err: { name: error.name, message: error.message, stack: error.stack },
      },
      'request failed',
    )
  }
  return errorResponse(c, appError)
}

export function errorResponse(c: Context<AppEnv>, error: AppError) {
  const body = {
    error: {
      code: error.code,
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
  return fromDatabaseError(error) ?? new AppError('internal', 'Something went wrong on our side')
}

function fromHttpException(error: HTTPException): AppError {
  switch (error.status) {
    case 400:
      // Hono's validators throw this for a body that is not valid JSON.
      return /json/i.test(error.message)
        ? new AppError('bad_request', 'body: the request body is not valid JSON', [
            { field: 'body', message: 'the request body is not valid JSON' },
          ])
        : new AppError('bad_request', 'The request is not valid')
    case 413:
      return new AppError('payload_too_large', 'The request body is too large')
    case 401:
      return new AppError('unauthenticated', 'Sign in to continue')
    case 403:
      return new AppError('forbidden', 'You are not allowed to do this')
    case 404:
      return new AppError('not_found', 'Not found')
    default:
      return new AppError('internal', 'Something went wrong on our side')
  }
}
