import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { capabilitiesOf } from '../access/index.ts'
import { recordEvent } from '../audit/index.ts'
import { type PasswordHasher, passwordProblem } from './password.ts'
import { generateTotpSecret, totpQrSvg, totpUri, verifyTotp } from './totp.ts'

interface Secrets {
  password_hash: string
  totp_secret: string | null
  totp_enabled: boolean
  totp_last_step: number | null
}

export async function mySecrets(tx: Tx): Promise<Secrets> {
  const { rows } = await sql<Secrets>`SELECT * FROM auth_my_secrets()`.execute(tx)
  if (!rows[0]) throw new AppError('unauthenticated', 'auth.sign_in_required')
  return rows[0]
}

/** The signed-in person, their clinic and what their role allows. */
export async function getMe(tx: Tx, session: Session) {
  const user = await tx
    .selectFrom('users')
    .select(['id', 'email', 'full_name', 'totp_enabled_at'])
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow()
  const clinic = await tx
    .selectFrom('clinics')
    .select([
      'id',
      'name',
      'state_code',
      'require_two_factor',
      'doctors_see_all_patients',
      'doctors_see_all_appointments',
      'time_zone',
    ])
    .executeTakeFirstOrThrow()
  return {
    user: {
      id: user.id,
      email: user.email,
      fullName: user.full_name,
      twoFactorEnabled: user.totp_enabled_at !== null,
    },
    clinic: {
      id: clinic.id,
      name: clinic.name,
      stateCode: clinic.state_code,
      requireTwoFactor: clinic.require_two_factor,
      doctorsSeeAllPatients: clinic.doctors_see_all_patients,
      doctorsSeeAllAppointments: clinic.doctors_see_all_appointments,
      timeZone: clinic.time_zone,
    },
    role: session.role,
    capabilities: capabilitiesOf(session.role),
    mustEnrolTwoFactor: session.mustEnrolTwoFactor,
  }
}

/**
 * Changes the password; other sessions here end (and, by a trigger, open reset links).
 * The caller has confirmed the current password with confirmCurrentPassword(), which throttles.
 */
export async function changePassword(
  tx: Tx,
  session: Session,
  hasher: PasswordHasher,
  input: { newPassword: string; now: Date },
) {
  const me = await tx
    .selectFrom('users')
    .select(['email', 'full_name'])
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow()
  const problem = passwordProblem(input.newPassword, { email: me.email, name: me.full_name })
  if (problem) throw validationError([{ field: 'newPassword', ...problem }])
  await tx
    .updateTable('users')
    .set({ password_hash: await hasher.hash(input.newPassword), password_changed_at: input.now })
    .where('id', '=', session.userId)
    .execute()
  await tx
    .updateTable('sessions')
    .set({ revoked_at: input.now })
    .where('user_id', '=', session.userId)
    .where('id', '!=', session.sessionId)
    .where('revoked_at', 'is', null)
    .execute()
  await recordEvent(tx, 'auth.password_changed')
}

/** Step 1 of two-factor: a new secret to scan. Not active until confirmed with a code. */
export async function startTwoFactor(tx: Tx, session: Session) {
  const secrets = await mySecrets(tx)
  if (secrets.totp_enabled) throw new AppError('conflict', 'auth.two_factor_on')
  const me = await tx
    .selectFrom('users')
    .select(['email'])
    .where('id', '=', session.userId)
    .executeTakeFirstOrThrow()
  const secret = generateTotpSecret()
  await tx
    .updateTable('users')
    .set({ totp_secret: secret })
    .where('id', '=', session.userId)
    .execute()
  const uri = totpUri({ secret, account: me.email, issuer: 'Niramaya' })
  return { secret, otpauthUri: uri, qrSvg: await totpQrSvg(uri) }
}

/** Step 2: a correct code from the app turns two-factor on. */
export async function confirmTwoFactor(tx: Tx, session: Session, code: string, now: Date) {
  const secrets = await mySecrets(tx)
  if (secrets.totp_enabled) throw new AppError('conflict', 'auth.two_factor_on')
  if (!secrets.totp_secret) throw new AppError('conflict', 'auth.two_factor_not_started')
  const check = verifyTotp(secrets.totp_secret, code, { now })
  if (!check.ok) throw validationError([issue('code', 'auth.code_wrong')])
  await tx
    .updateTable('users')
    .set({ totp_enabled_at: now, totp_last_step: check.step })
    .where('id', '=', session.userId)
    .execute()
  await recordEvent(tx, 'auth.two_factor_enabled')
}

/**
 * Turns two-factor off, once the caller has confirmed the password with confirmCurrentPassword().
 * Refused where the clinic requires it for this role.
 */
export async function disableTwoFactor(tx: Tx, session: Session) {
  const clinic = await tx
    .selectFrom('clinics')
    .select(['require_two_factor'])
    .executeTakeFirstOrThrow()
  if (clinic.require_two_factor && (session.role === 'owner' || session.role === 'admin')) {
    throw new AppError('forbidden', 'auth.two_factor_role')
  }
  await tx
    .updateTable('users')
    .set({ totp_enabled_at: null, totp_secret: null, totp_last_step: null })
    .where('id', '=', session.userId)
    .execute()
  await recordEvent(tx, 'auth.two_factor_disabled')
}
