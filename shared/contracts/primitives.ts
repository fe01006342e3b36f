import { z } from 'zod'
import {
  type ErrorReason,
  englishText,
  type ParamsArgument,
  type ParamValue,
} from '../errors/reasons.ts'

/**
 * Bounded building blocks for request schemas, shared by the server and the web app.
 * Every number, date and text a client sends must fit what PostgreSQL and the code behind
 * it can hold: an unbounded one turns bad input into a 500 (an int4 overflow, a date in the
 * year 9999 that date arithmetic cannot represent, a NUL that PostgreSQL refuses to store).
 */

/** PostgreSQL `integer` (int4). */
export const INT4_MIN = -2_147_483_648
export const INT4_MAX = 2_147_483_647

/** Clinical and calendar dates: nobody alive was born before 1900, nothing is booked after 2100. */
export const EARLIEST_DATE = '1900-01-01'
export const LATEST_DATE = '2100-12-31'

/** A refinement's reason travels in its params (read by server/http/zod-issues.ts): `.refine(check, because(…))`. */
export function because<R extends ErrorReason>(
  reason: R,
  ...[params]: ParamsArgument<R>
): { message: string; params: { reason: R; values: Record<string, ParamValue> } } {
  const values: Record<string, ParamValue> = params ?? {}
  return { message: englishText(reason, values), params: { reason, values } }
}

/** A lone surrogate cannot be encoded as UTF-8; PostgreSQL would store U+FFFD instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** For `.refine(isPlainText, NOT_PLAIN_TEXT)` on a text that cannot use `text()`. */
export const NOT_PLAIN_TEXT = because('field.not_plain_text')

/** True when PostgreSQL can store the text exactly: no NUL, no broken UTF-16. */
export function isPlainText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value)
}

/**
 * Trimmed text of at most `maxLength` characters, never NUL or broken Unicode.
 * Required texts must not be empty after trimming; optional ones (notes) may be.
 */
export function text(maxLength: number, { isRequired = true }: { isRequired?: boolean } = {}) {
  const trimmed = z.string().trim()
  return (isRequired ? trimmed.min(1, 'must not be empty') : trimmed)
    .max(maxLength)
    .refine(isPlainText, NOT_PLAIN_TEXT)
}

/** A whole number within `minimum`..`maximum`, by default the range of PostgreSQL's int4. */
export function boundedInt(minimum = INT4_MIN, maximum = INT4_MAX) {
  return z.number().int('must be a whole number').min(minimum).max(maximum)
}

/** The same, read from a query-string parameter. */
export function queryInt(minimum = INT4_MIN, maximum = INT4_MAX) {
  return z.coerce.number().int('must be a whole number').min(minimum).max(maximum)
}

/** A calendar date as YYYY-MM-DD, within `earliest`..`latest` (ISO dates compare as text). */
export function isoDate({ earliest = EARLIEST_DATE, latest = LATEST_DATE } = {}) {
  return z.iso
    .date('must be a date as YYYY-MM-DD')
    .refine((value) => value >= earliest, because('field.too_small', { minimum: earliest }))
    .refine((value) => value <= latest, because('field.too_big', { maximum: latest }))
}

/** An instant with its offset (2026-11-24T10:30:00+05:30), within the same years. */
export function isoInstant({ earliest = EARLIEST_DATE, latest = LATEST_DATE } = {}) {
  const first = Date.parse(`${earliest}T00:00:00Z`)
  const last = Date.parse(`${latest}T23:59:59.999Z`)
  return z.iso
    .datetime({
      offset: true,
      message: 'must be a date and time with its offset, e.g. 2026-11-24T10:30:00+05:30',
    })
    .refine(
      (value) => Date.parse(value) >= first,
      because('field.too_small', { minimum: earliest }),
    )
    .refine((value) => Date.parse(value) <= last, because('field.too_big', { maximum: latest }))
}
