import { type Kysely, sql } from 'kysely'
import type { Database, Role } from '../../db/schema.ts'
import { type RequestOrigin, withClinic } from '../../db/with-clinic.ts'
import { AppError, issue } from '../../http/errors.ts'
import { recordEvent } from '../audit/index.ts'
import type { PasswordHasher } from './password.ts'
import { clearFailures, lockedUntil, registerFailure, throttleKeys } from './throttle.ts'
import { verifyTotp } from './totp.ts'

interface LoginRow {
  user_id: string
  password_hash: string
  totp_secret: string | null
  totp_enabled: boolean
  totp_last_step: number | null
  clinic_id: string | null
  clinic_name: string | null
  role: Role | null
}

export interface SignInInput {
  email: string
  password: string
  totpCode?: string | undefined
  clinicId?: string | undefined
}

export type SignInResult =
  | { kind: 'signed-in'; clinicId: string; userId: string }
  | { kind: 'choose-clinic'; clinics: { id: string; name: string }[] }

// One message for a wrong email and a wrong password: the answer must not reveal which emails exist.
const INVALID = () => new AppError('unauthenticated', 'auth.wrong_credentials')

/**
 * Checks the password (and TOTP code when enabled) under throttling, then picks
 * the clinic. Failures are recorded in the audit log of every clinic the account
 * belongs to.
 */
export async function signIn(
  db: Kysely<Database>,
  hasher: PasswordHasher,
  input: SignInInput,
  context: { now: Date; request: RequestOrigin },
): Promise<SignInResult> {
  const keys = throttleKeys('login', input.email, context.request.ip)
  if (await lockedUntil(db, keys, context.now)) {
    throw new AppError('rate_limited', 'auth.too_many_attempts', { minutes: 15 })
  }
  const { rows } = await sql<LoginRow>`SELECT * FROM auth_login_lookup(${input.email})`.execute(db)
  const account = rows[0]
  const isPasswordRight = account
    ? await hasher.verify(account.password_hash, input.password)
    : await hasher.verifyAgainstDummy()
  const memberships = rows.filter((row) => row.clinic_id !== null)
  const fail = async (reason: string) => {
    const isNowLocked = await registerFailure(db, keys, context.now)
    if (account)
      await recordInEach(db, account.user_id, memberships, context.request, reason, isNowLocked)
    return INVALID()
  }
  if (!account || !isPasswordRight) throw await fail('password')
  if (account.totp_enabled) {
    if (!input.totpCode) {
      throw new AppError('unauthenticated', 'auth.code_needed', {}, [
        issue('totpCode', 'auth.code_required'),
      ])
    }
    const check = verifyTotp(account.totp_secret ?? '', input.totpCode, {
      now: context.now,
      lastUsedStep: account.totp_last_step,
    })
    if (!check.ok || !(await spendTotpStep(db, account.user_id, check.step)))
      throw await fail('totp')
  }
  if (memberships.length === 0) throw await fail('no active clinic')
  const chosen = input.clinicId
    ? memberships.find((row) => row.clinic_id === input.clinicId)
    : memberships.length === 1
      ? memberships[0]
      : undefined
  if (!chosen?.clinic_id) {
    return {
      kind: 'choose-clinic',
      clinics: memberships.map((row) => ({ id: row.clinic_id ?? '', name: row.clinic_name ?? '' })),
    }
  }
  await clearFailures(db, keys[0] as string, context.now)
  return { kind: 'signed-in', clinicId: chosen.clinic_id, userId: account.user_id }
}

async function spendTotpStep(db: Kysely<Database>, userId: string, step: number) {
  const { rows } = await sql<{ used: boolean }>`
    SELECT auth_use_totp_step(${userId}, ${step}) AS used`.execute(db)
  return rows[0]?.used === true
}

async function recordInEach(
  db: Kysely<Database>,
  userId: string,
  memberships: LoginRow[],
  request: RequestOrigin,
  reason: string,
  isNowLocked: boolean,
) {
  for (const membership of memberships) {
    if (!membership.clinic_id) continue
    await withClinic(db, { clinicId: membership.clinic_id, userId, request }, async (tx) => {
      await recordEvent(tx, 'auth.login_failed', { reason })
      if (isNowLocked) await recordEvent(tx, 'auth.locked_out')
    })
  }
}
