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
      return new AppError('conflict', 'database.duplicate')
    case '23503':
      return new AppError('conflict', 'database.reference')
    case '23514':
      // A completed periodontal exam is immutable (its trigger names this constraint).
      if ((error as { constraint?: unknown }).constraint === 'perio_exam_completed') {
        return new AppError('conflict', 'perio.exam_completed')
      }
      return new AppError('bad_request', 'database.out_of_range')
    case '23502':
      return new AppError('bad_request', 'database.out_of_range')
    case '42501':
      // Insufficient privilege, including a row refused by a row-level security policy.
      return new AppError('forbidden', 'access.forbidden')
    case '23P01':
      return new AppError('conflict', 'database.overlap')
    default:
      return code?.startsWith('22') ? fromDataException(code) : undefined
  }
}

/**
 * SQLSTATE class 22, data exception: a value the column or function cannot take. Request
 * schemas bound every number, date and text so these should not happen; this is the defence
 * in depth that keeps a missed bound a 400 rather than a 500.
 */
function fromDataException(code: string): AppError {
  switch (code) {
    case '22001': // string data right truncation
    case '22003': // numeric value out of range (e.g. int4 overflow)
    case '22008': // datetime field overflow
    case '22009': // invalid time zone displacement value
    case '22015': // interval field overflow
    case '22020': // invalid limit value
    case '2201W': // invalid row count in LIMIT
    case '2201X': // invalid row count in result OFFSET
      return new AppError('bad_request', 'database.out_of_range')
    default:
      // 22P02 invalid text representation, 22007 invalid datetime format, 22021 a NUL or
      // invalid byte sequence, 22P05 untranslatable character, 22023 invalid parameter…
      return new AppError('bad_request', 'database.wrong_format')
  }
}

/** The SQLSTATEs a statement's own answers may name: constraint failures input can cause. */
type ConstraintState = '23502' | '23503' | '23505' | '23514' | '23P01'

/**
 * What one statement's constraint failures mean for its input: an error naming the field,
 * by SQLSTATE, or by constraint name where one statement has several of a kind (the chair's
 * and the doctor's exclusion constraints on appointments). A constraint name wins over its
 * SQLSTATE.
 */
export type DatabaseAnswers = Partial<Record<ConstraintState, AppError>> & {
  constraints?: Record<string, AppError>
}

/**
 * The error to throw for a failed statement: the matching answer, else the error itself,
 * which the error handler then maps with fromDatabaseError.
 * `catch (error) { throw answerFor(error, { '23505': fieldError('conflict', 'name', …) }) }`
 */
export function answerFor(error: unknown, answers: DatabaseAnswers): unknown {
  const code = sqlStateOf(error)
  if (!code) return error
  const constraint = (error as { constraint?: unknown }).constraint
  const byName = typeof constraint === 'string' ? answers.constraints?.[constraint] : undefined
  return byName ?? answers[code as ConstraintState] ?? error
}

/**
 * Runs a statement and turns the constraint failures listed in `answers` into errors that
 * name the field (PostgreSQL's own messages can quote values, so they are never passed on).
 * Other errors go to the central mapping, fromDatabaseError.
 */
export async function mapDatabaseErrors<T>(
  statement: PromiseLike<T>,
  answers: DatabaseAnswers,
): Promise<T> {
  try {
    return await statement
  } catch (error) {
    throw answerFor(error, answers)
  }
}

function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = (error as { code: unknown }).code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}
