import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { type RequestOrigin, withClinic } from '../../db/with-clinic.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { hashToken, isWellFormedToken } from '../../lib/tokens.ts'
import { recordEvent } from '../audit/index.ts'
import { type PasswordHasher, passwordProblem } from './password.ts'

interface InvitationRow {
  clinic_id: string
  invitation_id: string
  clinic_name: string
  email: string
  role: string
  status: 'valid' | 'expired' | 'used' | 'revoked'
  has_account: boolean
}

/** What the acceptance page shows before the person sets a password. */
export async function findInvitation(db: Kysely<Database>, token: string, now: Date) {
  const row = await lookup(db, token, now)
  return {
    clinicName: row.clinic_name,
    email: row.email,
    role: row.role,
    hasAccount: row.has_account,
  }
}

/**
 * Accepts an invitation: a new person sets their name and password; someone who
 * already has an account (at another clinic) confirms it with their password.
 * Returns the clinic and user to open a session for.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  hasher: PasswordHasher,
  input: {
    token: string
    fullName?: string | undefined
    password: string
    now: Date
    request: RequestOrigin
  },
) {
  const invitation = await lookup(db, input.token, input.now)
  let passwordHash: string
  if (invitation.has_account) {
    const { rows } = await sql<{ password_hash: string }>`
      SELECT password_hash FROM auth_login_lookup(${invitation.email}) LIMIT 1`.execute(db)
    if (!(await hasher.verify(rows[0]?.password_hash ?? '', input.password))) {
      throw new AppError('unauthenticated', 'auth.existing_password', {}, [
        issue('password', 'auth.existing_password_wrong'),
      ])
    }
    passwordHash = rows[0]?.password_hash ?? ''
  } else {
    if (!input.fullName) throw validationError([issue('fullName', 'field.required')])
    const problem = passwordProblem(input.password, {
      email: invitation.email,
      name: input.fullName,
    })
    if (problem) throw validationError([{ field: 'password', ...problem }])
    passwordHash = await hasher.hash(input.password)
  }
  const { rows } = await sql<{ clinic_id: string; user_id: string | null; status: string }>`
    SELECT * FROM auth_accept_invitation(${hashToken(input.token)}, ${input.now},
                                         ${input.fullName ?? ''}, ${passwordHash})`.execute(db)
  const result = rows[0]
  if (!result?.user_id) throw goneFor(result?.status ?? 'invalid')
  const context = { clinicId: result.clinic_id, userId: result.user_id, request: input.request }
  await withClinic(db, context, (tx) =>
    recordEvent(tx, 'staff.invitation_accepted', { invitationId: invitation.invitation_id }),
  )
  return { clinicId: result.clinic_id, userId: result.user_id }
}

async function lookup(db: Kysely<Database>, token: string, now: Date): Promise<InvitationRow> {
  if (!isWellFormedToken(token)) throw validationError([issue('token', 'auth.invitation_invalid')])
  const { rows } = await sql<InvitationRow>`
    SELECT * FROM auth_find_invitation(${hashToken(token)}, ${now})`.execute(db)
  const row = rows[0]
  if (!row) throw validationError([issue('token', 'auth.invitation_invalid')])
  if (row.status !== 'valid') throw goneFor(row.status)
  return row
}

function goneFor(status: string) {
  if (status === 'expired') return new AppError('gone', 'auth.invitation_expired')
  if (status === 'invalid') return validationError([issue('token', 'auth.invitation_invalid')])
  return new AppError('gone', 'auth.invitation_used')
}
