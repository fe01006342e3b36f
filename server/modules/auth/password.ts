import { randomBytes } from 'node:crypto'
import { hash, parseOptions, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'
import type { ErrorReason, ParamsArgument } from '../../../shared/errors/reasons.ts'
import { type FieldIssue, issue } from '../../http/errors.ts'

// `Algorithm` is an ambient const enum in the package's types and an empty object at runtime, so
// it cannot be read under `isolatedModules`; 2 is its documented value for argon2id.
const ARGON2ID = 2

export interface PasswordHasher {
  /** An argon2id PHC string (`$argon2id$v=19$m=…,t=…,p=1$salt$hash`). */
  hash(password: string): Promise<string>
  /** False for a wrong password and for a stored hash that cannot be parsed; never throws. */
  verify(storedHash: string, password: string): Promise<boolean>
  /** True when the stored hash was made with weaker parameters than the configured ones. */
  needsRehash(storedHash: string): boolean
  /**
   * Costs as much as one `verify` and always resolves false. Call it when the email is unknown,
   * so the response time does not reveal which emails have accounts.
   * See: https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#authentication-responses
   */
  verifyAgainstDummy(): Promise<false>
}

/**
 * argon2id with one lane; the configured memory and iterations start at OWASP's minimum
 * (19 MiB, 2 iterations). Passwords are NFKC-normalised before hashing, so the same passphrase
 * typed on two keyboards (e.g. Devanagari with composed or decomposed nukta) still matches.
 * See: https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 * See: NIST SP 800-63B §5.1.1.2 (normalisation) https://pages.nist.gov/800-63-3/sp800-63b.html#sec5
 */
export function createPasswordHasher(params: {
  memoryKib: number
  iterations: number
}): PasswordHasher {
  const options = {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKib,
    timeCost: params.iterations,
    parallelism: 1,
  }
  const hashPassword = (password: string) => hash(password.normalize('NFKC'), options)
  const verifyPassword = async (storedHash: string, password: string) => {
    try {
      return await verify(storedHash, password.normalize('NFKC'))
    } catch {
      return false
    }
  }
  // Made on first use with the configured parameters, so a dummy verify costs what a real one does.
  let dummyHash: Promise<string> | undefined

  return {
    hash: hashPassword,
    verify: verifyPassword,
    needsRehash(storedHash) {
      try {
        const stored = parseOptions(storedHash)
        return (
          stored.algorithm !== ARGON2ID ||
          stored.memoryCost < params.memoryKib ||
          stored.timeCost < params.iterations
        )
      } catch {
        return true
      }
    },
    async verifyAgainstDummy() {
      dummyHash ??= hashPassword(randomBytes(16).toString('hex'))
      await verifyPassword(await dummyHash, randomBytes(16).toString('hex'))
      return false
    },
  }
}

const MIN_LENGTH = 10
const MAX_LENGTH = 128
const CONTEXT_MIN_LENGTH = 4
const commonPasswords = new Set(dictionary['passwords-common'])

/** Why a password is refused: a reason with its parameters, and the English text. */
export type PasswordProblem = Omit<FieldIssue, 'field'>

function problem<R extends ErrorReason>(reason: R, ...params: ParamsArgument<R>): PasswordProblem {
  const { field: _field, ...said } = issue('password', reason, ...params)
  return said
}

/**
 * Why a new password is refused, as a field issue without its field, or undefined.
 * Only length, a common-password list and the user's own email and name are checked: no
 * composition rules, and spaces and any Unicode are allowed. Messages never repeat the password.
 * See: NIST SP 800-63B §5.1.1.2 https://pages.nist.gov/800-63-3/sp800-63b.html#memsecretver
 */
export function passwordProblem(
  password: string,
  context: { email?: string; name?: string },
): PasswordProblem | undefined {
  const normalized = password.normalize('NFKC')
  // Code points, not UTF-16 units: a Devanagari or emoji passphrase is measured as people see it.
  const length = [...normalized].length
  if (length < MIN_LENGTH) return problem('password.too_short', { minimum: MIN_LENGTH })
  if (length > MAX_LENGTH) return problem('password.too_long', { maximum: MAX_LENGTH })
  const lowered = normalized.toLowerCase()
  if (commonPasswords.has(lowered)) return problem('password.too_common')
  const localPart = context.email?.split('@')[0]?.trim().toLowerCase()
  if (localPart && localPart.length >= CONTEXT_MIN_LENGTH && lowered.includes(localPart)) {
    return problem('password.has_email')
  }
  const name = context.name?.normalize('NFKC').trim().toLowerCase()
  if (name && [...name].length >= CONTEXT_MIN_LENGTH && lowered.includes(name)) {
    return problem('password.has_name')
  }
  return undefined
}
