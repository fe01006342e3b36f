import {
  type ErrorReason,
  englishText,
  type ParamsArgument,
  type ParamValue,
  type Reasoned,
} from '../../shared/errors/reasons.ts'

/**
 * The one error type the application throws on purpose. The code is the coarse category that
 * decides the HTTP status (mapped here and nowhere else); the reason is a stable key from
 * shared/errors/reasons.ts with its parameters, which the web app translates. The English
 * message comes from the reason's text, so it never contains patient data: reasons name
 * fields, and parameters are times, numbers or codes.
 */
const STATUS_BY_CODE = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof STATUS_BY_CODE
export type ErrorStatus = (typeof STATUS_BY_CODE)[ErrorCode]
export type { ErrorReason } from '../../shared/errors/reasons.ts'

export interface FieldIssue extends Reasoned {
  /** Dotted path of the failing field, e.g. `address.pinCode`. */
  field: string
  /** The reason's English text, continuing the field name ("is required"). */
  message: string
}

/** What an error says, when it is built from an issue or a reason chosen at run time. */
export interface Said extends Reasoned {
  message?: string
}

export class AppError<R extends ErrorReason = ErrorReason> extends Error {
  override name = 'AppError'
  readonly status: ErrorStatus
  readonly reason: ErrorReason
  readonly params: Record<string, ParamValue>
  readonly issues: FieldIssue[]

  /** `new AppError('conflict', 'appointment.doctor_busy', { from, to }, [issue(...)])` */
  constructor(code: ErrorCode, reason: R, ...rest: [...ParamsArgument<R>, issues?: FieldIssue[]])
  /** For reasons chosen at run time (a field issue repeated at the top level). */
  constructor(code: ErrorCode, said: Said, params?: undefined, issues?: FieldIssue[])
  constructor(
    readonly code: ErrorCode,
    reasonOrSaid: R | Said,
    params?: Record<string, ParamValue>,
    issues: FieldIssue[] = [],
  ) {
    const said =
      typeof reasonOrSaid === 'string'
        ? { reason: reasonOrSaid, params: params ?? {} }
        : reasonOrSaid
    super(said.message ?? englishText(said.reason, said.params))
    this.status = STATUS_BY_CODE[code]
    this.reason = said.reason
    this.params = said.params
    this.issues = issues
  }

  /** The first failing field, repeated at the top level for simple clients. */
  get field(): string | undefined {
    return this.issues[0]?.field
  }
}

/** One failing field: `issue('startsAt', 'appointment.start_in_past')`. */
export function issue<R extends ErrorReason>(
  field: string,
  reason: R,
  ...[params]: ParamsArgument<R>
): FieldIssue {
  const values: Record<string, ParamValue> = params ?? {}
  return { field, reason, params: values, message: englishText(reason, values) }
}

/**
 * A 400 for failing fields. The first issue is repeated at the top level, its message
 * prefixed with the field ("endsAt: must be after startsAt"), so simple clients can show one line.
 */
export function validationError(issues: FieldIssue[]): AppError {
  return fieldsError('validation_failed', issues)
}

/** An error about one field, with the status its code gives. */
export function fieldError<R extends ErrorReason>(
  code: ErrorCode,
  field: string,
  reason: R,
  ...params: ParamsArgument<R>
): AppError {
  return fieldsError(code, [issue(field, reason, ...params)])
}

function fieldsError(code: ErrorCode, issues: FieldIssue[]): AppError {
  const first = issues[0]
  if (!first) return new AppError(code, 'request.invalid')
  const said = {
    reason: first.reason,
    params: first.params,
    message: `${first.field}: ${first.message}`,
  }
  return new AppError(code, said, undefined, issues)
}

/** For zod refinements (`.refine(check, because('patient.abha_address'))`): shared with the web app. */
export { because } from '../../shared/contracts/primitives.ts'
