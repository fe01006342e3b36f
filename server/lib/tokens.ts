import { createHash, randomBytes } from 'node:crypto'

// 256 bits from the OS CSPRNG: far beyond the 64-bit minimum for session identifiers, and
// enough that single-use links (password reset, invitation) cannot be guessed either.
// See: https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-entropy
const TOKEN_BYTES = 32
// 32 bytes in unpadded base64url.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

/**
 * A bearer token for a session cookie, reset link or invitation, and the hash to store. Only the
 * hash is kept, so a leaked database or backup holds no usable sessions or links. A fast hash
 * suffices (no salt, no argon2): the token is random, not chosen by a person, so it cannot be
 * guessed from its hash, and a deterministic hash lets the server look the token up by it.
 * See: https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html#url-tokens
 */
export function createToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url')
  return { token, hash: hashToken(token) }
}

/** The SHA-256 of a token as 64 hex characters: the form stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Checks shape before any lookup, so junk from a cookie or URL never reaches a query. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_PATTERN.test(token)
}
