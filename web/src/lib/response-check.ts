import type { ZodType } from 'zod'

/** An answer that does not match its shared contract: the server and this screen have drifted. */
export class ApiContractError extends Error {
  override name = 'ApiContractError'

  constructor(
    readonly method: string,
    readonly path: string,
    /** Where the first mismatch is, e.g. `items.0.fullName` (never the value: it may be personal). */
    readonly field: string,
    reason: string,
  ) {
    super(`${method} ${path}: the answer does not match its contract at ${field}: ${reason}`)
  }
}

interface ViteImportMeta {
  env?: { DEV?: boolean; MODE?: string }
}

// Vite replaces import.meta.env in a production build, so there this is a constant false and the
// check costs nothing; the dev server and vitest (MODE 'test') check every answer given a schema.
const env = (import.meta as ViteImportMeta).env
export const checksResponses = env?.DEV === true || env?.MODE === 'test'

/**
 * Throws an ApiContractError naming the path and the first failing field when `body` does not
 * match `schema`. Only checks; the body is used as sent, so development and production behave alike.
 */
export function checkResponse(
  method: string,
  path: string,
  schema: ZodType,
  body: unknown,
  isEnabled: boolean = checksResponses,
): void {
  if (!isEnabled) return
  const result = schema.safeParse(body)
  if (result.success) return
  const issue = result.error.issues[0]
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(the whole body)'
  const error = new ApiContractError(method, path, field, issue?.message ?? 'does not match')
  // A screen shows a failed read as a friendly error and may carry on, so the mismatch would go
  // unnoticed; a console error makes the browser tests fail on it (e2e/harness.ts). The message
  // names the path and field only, never a value.
  console.error(`${error.name}: ${error.message}`)
  throw error
}
