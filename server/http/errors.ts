/**
 * The one error type the application throws on purpose. The code decides the
 * HTTP status (mapped here and nowhere else); the message is shown to the
 * client, so it must never contain patient data: name the field, not the value.
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

export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `address.pinCode`. */
  field: string
  message: string
}

export class AppError extends Error {
  override name = 'AppError'
  readonly status: ErrorStatus

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message)
    this.status = STATUS_BY_CODE[code]
  }

  /** The first failing field, repeated at the top level for simple clients. */
  get field(): string | undefined {
    return this.issues[0]?.field
  }
}

export function validationError(issues: FieldIssue[]): AppError {
  const first = issues[0]
  const message = first ? `${first.field}: ${first.message}` : 'The request is not valid'
  return new AppError('validation_failed', message, issues)
}
