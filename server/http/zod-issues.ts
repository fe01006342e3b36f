import type { ZodError } from 'zod'
import { isErrorReason, type ParamValue, type Reasoned } from '../../shared/errors/reasons.ts'
import type { FieldIssue } from './errors.ts'

type ZodIssue = ZodError['issues'][number]

/**
 * Turns zod's issues into field issues with a stable reason and parameters, so the web app can
 * say them in the person's language. The English message stays zod's (often the schema's own,
 * more specific words) for API users. `input` is what was validated, to tell a missing field
 * ("is required") from one of the wrong type.
 */
export function issuesOf(error: ZodError, target: string, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => ({
    // A failure on the whole body (e.g. not an object) is reported on the target itself.
    field: issue.path.length > 0 ? issue.path.join('.') : target,
    ...reasonOf(issue, input),
    message: issue.message,
  }))
}

function reasonOf(issue: ZodIssue, input: unknown): Reasoned {
  const said = (reason: Reasoned['reason'], params: Record<string, ParamValue> = {}) => ({
    reason,
    params,
  })
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return said('field.required')
      return said(issue.expected === 'int' ? 'field.not_integer' : 'field.invalid_type')
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string') {
        return minimum <= 1 ? said('field.required') : said('field.too_short', { minimum })
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return said('field.too_few', { minimum })
      }
      return said('field.too_small', { minimum })
    }
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'string') return said('field.too_long', { maximum })
      if (issue.origin === 'array' || issue.origin === 'set') {
        return said('field.too_many', { maximum })
      }
      return said('field.too_big', { maximum })
    }
    case 'invalid_format':
      return said(FORMAT_REASONS[issue.format] ?? 'field.invalid_format')
    case 'not_multiple_of':
      return said('field.not_multiple', { divisor: Number(issue.divisor) })
    case 'invalid_value':
      return said('field.invalid_value', { options: issue.values.map(String).join(', ') })
    case 'unrecognized_keys':
      return said('field.unknown_fields', { fields: issue.keys.join(', ') })
    case 'custom':
      return fromRefinement(issue.params) ?? said('field.invalid')
    default:
      return said('field.invalid')
  }
}

const FORMAT_REASONS: Record<string, Reasoned['reason']> = {
  email: 'field.invalid_email',
  uuid: 'field.invalid_id',
  guid: 'field.invalid_id',
  date: 'field.invalid_date',
  datetime: 'field.invalid_datetime',
  time: 'field.invalid_time',
}

/** A refinement written with `because()` (server/http/errors.ts) carries its own reason. */
function fromRefinement(params: Record<string, unknown> | undefined): Reasoned | undefined {
  if (!isErrorReason(params?.reason)) return undefined
  const values = params.values
  return {
    reason: params.reason,
    params:
      typeof values === 'object' && values !== null ? (values as Record<string, ParamValue>) : {},
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
