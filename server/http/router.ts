import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './app-env.ts'
import { validationError } from './errors.ts'
import { issuesOf } from './zod-issues.ts'

/**
 * Every module builds its routes on this router, so every request schema
 * failure becomes the same 400 naming the failing field.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        // @hono/zod-validator passes the validated input as `data`, though this hook's type omits it.
        const input = (result as { data?: unknown }).data
        throw validationError(issuesOf(result.error, result.target, input))
      }
    },
  })
}
