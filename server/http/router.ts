import { OpenAPIHono } from '@hono/zod-openapi'
import type { ZodError } from 'zod'
import type { AppEnv } from './app-env.ts'
import { type FieldIssue, validationError } from './errors.ts'

/**
 * Every module builds its routes on this router, so every request schema
 * failure becomes the same 400 naming the failing field.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(issuesOf(result.error, result.target))
    },
  })
}

function issuesOf(error: ZodError, target: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    // A failure on the whole body (e.g. not an object) is reported on the target itself.
    field: issue.path.length > 0 ? issue.path.join('.') : target,
    message: issue.message,
  }))
}
