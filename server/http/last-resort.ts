import { errorCodeOf } from '../db/connection-errors.ts'
import type { Logger } from '../lib/logger.ts'
import { stackFrames } from './error-handler.ts'

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>

/**
 * Wraps the app's fetch for the real server. Hono's error handler sees every Error a route
 * throws; this catches what it cannot (a thrown non-Error, a failure inside the error handler
 * itself) so the client still gets the usual JSON 500 and the failure is logged without its
 * message, instead of the Node adapter's bare, unlogged 500.
 */
export function lastResort<F extends Fetch>(fetch: F, logger: Logger): F {
  const guarded = async (request: Request, ...rest: never[]) => {
    try {
      return await fetch(request, ...rest)
    } catch (error) {
      logger.error(
        {
          method: request.method,
          err: {
            name: error instanceof Error ? error.constructor.name || error.name : typeof error,
            code: errorCodeOf(error),
            frames: stackFrames(error),
          },
        },
        'request failed outside the error handler',
      )
      return Response.json(
        {
          error: {
            code: 'internal',
            reason: 'server.internal',
            params: {},
            message: 'Something went wrong on our side',
          },
        },
        { status: 500 },
      )
    }
  }
  return guarded as F
}
