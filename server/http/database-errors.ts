import { AppError } from './errors.ts'

/**
 * Turns the PostgreSQL errors that bad input can cause into 4xx answers.
 * PostgreSQL's own messages are not passed on: they can quote the offending
 * values ("Key (phone)=(...) already exists"), which may be patient data.
 * See: https://www.postgresql.org/docs/15/errcodes-appendix.html
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const code = sqlStateOf(error)
  switch (code) {
    case '23505':
      return new AppError('conflict', 'A record with the same unique value already exists')
    case '23503':
      return new AppError('conflict', 'The record refers to, or is referred to by, another record')
    case '23514':
    case '23502':
    case '22001':
      return new AppError('bad_request', 'A value is outside what the record allows')
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('bad_request', 'A value has the wrong format')
    case '42501':
      // Insufficient privilege, including a row refused by a row-level security policy.
      return new AppError('forbidden', 'You are not allowed to do this')
    case '23P01':
      return new AppError('conflict', 'The record overlaps with an existing one')
    default:
      return undefined
  }
}

function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = (error as { code: unknown }).code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}
