import type { MiddlewareHandler } from 'hono'
import { isPlainText } from '../../shared/contracts/primitives.ts'
import type { AppEnv } from './app-env.ts'
import { fieldError } from './errors.ts'

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\b/i

/**
 * Refuses, at the boundary, text that PostgreSQL cannot store as sent: a NUL character
 * (PostgreSQL rejects it in text and jsonb) or a lone UTF-16 surrogate (it would silently
 * become U+FFFD). Checks the path, every query parameter and every key and string of a JSON
 * body, whatever the route, so no schema can forget it. 400 naming the field by its dotted
 * path; the value is never echoed. Bodies that are not JSON are left to the route's own
 * validation (and document uploads stream their own checks).
 */
export function inputGuard(options: { skipBody(method: string, path: string): boolean }) {
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!isPathPlain(new URL(c.req.url).pathname)) throw refused('path')
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (!isPlainText(name) || values.some((value) => !isPlainText(value))) {
        throw refused(isPlainText(name) ? name : 'query')
      }
    }
    if (
      c.req.method !== 'GET' &&
      c.req.method !== 'HEAD' &&
      JSON_TYPE.test(c.req.header('Content-Type') ?? '') &&
      !options.skipBody(c.req.method, c.req.path)
    ) {
      const field = firstImpureField(await parsedBody(c.req.text()))
      if (field !== undefined) throw refused(field)
    }
    await next()
  }
  return guard
}

const refused = (field: string) => fieldError('validation_failed', field, 'field.not_plain_text')

function isPathPlain(path: string): boolean {
  return path.split('/').every((segment) => {
    try {
      return isPlainText(decodeURIComponent(segment))
    } catch {
      // Percent-encoding that is not UTF-8 (e.g. %ED%A0%80): the router cannot decode it either.
      return false
    }
  })
}

/** undefined when the body is not JSON: the route's validator reports that, naming the body. */
async function parsedBody(text: Promise<string>): Promise<unknown> {
  const body = await text
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

/** Deeper paths are reported at this depth: a field name need not be 20,000 segments long. */
const MAX_REPORTED_DEPTH = 12

/**
 * The dotted path of the first key or string that is not plain text, else undefined.
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
export function firstImpureField(root: unknown): string | undefined {
  const pending: [value: unknown, path: string[]][] = [[root, []]]
  while (pending.length > 0) {
    const [value, path] = pending.pop() as [unknown, string[]]
    if (typeof value === 'string') {
      if (!isPlainText(value)) return fieldName(path)
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value)
      // A bad key is reported on its parent: the key itself cannot be shown safely.
      if (entries.some(([key]) => !isPlainText(key))) return fieldName(path)
      // Reversed onto the stack, so fields are checked in the order they were sent.
      for (const [key, item] of entries.reverse()) {
        pending.push([item, path.length < MAX_REPORTED_DEPTH ? [...path, key] : path])
      }
    }
  }
  return undefined
}

const fieldName = (path: string[]) => (path.length > 0 ? path.join('.') : 'body')
