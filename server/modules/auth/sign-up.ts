import { type Kysely, sql } from 'kysely'
import { findState } from '../../../shared/india/states.ts'
import type { Database } from '../../db/schema.ts'
import { type RequestOrigin, withClinic } from '../../db/with-clinic.ts'
import { AppError, validationError } from '../../http/errors.ts'
import { recordEvent } from '../audit/record.ts'
import type { PasswordHasher } from './password.ts'
import { passwordProblem } from './password.ts'

export interface SignUpInput {
  clinicName: string
  ownerName: string
  email: string
  password: string
  state: string
}

/** Creates a clinic, its first branch and its owner (who is then signed in by the route). */
export async function signUp(
  db: Kysely<Database>,
  hasher: PasswordHasher,
  input: SignUpInput,
  request: RequestOrigin,
) {
  const problem = passwordProblem(input.password, { email: input.email, name: input.ownerName })
  if (problem) throw validationError([{ field: 'password', message: problem }])
  const state = findState(input.state)
  if (!state) throw validationError([{ field: 'state', message: 'is not an Indian state' }])
  const passwordHash = await hasher.hash(input.password)
  try {
    const { rows } = await sql<{ clinic_id: string; user_id: string }>`
      SELECT * FROM auth_sign_up(${input.clinicName}, ${state.code}, ${input.ownerName},
                                 ${input.email}, ${passwordHash})`.execute(db)
    const created = rows[0]
    if (!created) throw new Error('auth_sign_up returned nothing')
    const context = { clinicId: created.clinic_id, userId: created.user_id, request }
    await withClinic(db, context, (tx) => recordEvent(tx, 'auth.signed_up'))
    return { clinicId: created.clinic_id, userId: created.user_id }
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('conflict', 'An account with this email already exists: sign in instead', [
        { field: 'email', message: 'already has an account' },
      ])
    }
    throw error
  }
}
