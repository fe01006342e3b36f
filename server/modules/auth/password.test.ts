import { describe, expect, it } from 'vitest'
import { createPasswordHasher, passwordProblem } from './password.ts'

// OWASP's minimum, the configured default; tests stay fast enough at this cost.
const hasher = createPasswordHasher({ memoryKib: 19_456, iterations: 2 })

describe('password hashing', () => {
  it('produces an argon2id PHC string with the configured parameters', async () => {
    const stored = await hasher.hash('a long passphrase')
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  })

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('a long passphrase')
    expect(await hasher.verify(stored, 'a long passphrase')).toBe(true)
    expect(await hasher.verify(stored, 'a long passphrasE')).toBe(false)
  })

  it('returns false instead of throwing for a malformed hash', async () => {
    expect(await hasher.verify('', 'anything at all')).toBe(false)
    expect(await hasher.verify('$argon2id$v=19$m=oops', 'anything at all')).toBe(false)
    expect(await hasher.verify('plain text', 'plain text')).toBe(false)
  })

  it('matches a passphrase typed in a different Unicode normalisation form', async () => {
    const composed = 'café au lait please'.normalize('NFC')
    const stored = await hasher.hash(composed)
    expect(await hasher.verify(stored, composed.normalize('NFD'))).toBe(true)
  })

  it('asks for a rehash when the stored parameters are below the configured ones', async () => {
    const weaker = createPasswordHasher({ memoryKib: 8_192, iterations: 1 })
    expect(hasher.needsRehash(await weaker.hash('a long passphrase'))).toBe(true)
    expect(hasher.needsRehash(await hasher.hash('a long passphrase'))).toBe(false)
    expect(weaker.needsRehash(await hasher.hash('a long passphrase'))).toBe(false)
    expect(hasher.needsRehash('not a hash')).toBe(true)
  })

  it('always refuses the dummy verification used for unknown emails', async () => {
    expect(await hasher.verifyAgainstDummy()).toBe(false)
    expect(await hasher.verifyAgainstDummy()).toBe(false)
  })
})

describe('password policy', () => {
  it('accepts a ten-character passphrase that is not common', () => {
    expect(passwordProblem('tiger lamp', {})).toBeUndefined()
  })

  it('refuses fewer than ten characters, counting code points', () => {
    expect(passwordProblem('tiger lam', {})?.message).toMatch(/at least 10/)
    // Nine emoji are eighteen UTF-16 units but only nine characters.
    expect(passwordProblem('🦷'.repeat(9), {})?.message).toMatch(/at least 10/)
    expect(passwordProblem('🦷'.repeat(10), {})).toBeUndefined()
  })

  it('refuses more than 128 characters', () => {
    expect(passwordProblem('x'.repeat(128), {})).toBeUndefined()
    expect(passwordProblem('x'.repeat(129), {})?.message).toMatch(/at most 128/)
  })

  it('refuses common passwords in any letter case', () => {
    expect(passwordProblem('password123', {})?.message).toMatch(/too common/)
    expect(passwordProblem('iloveyou12', {})?.message).toMatch(/too common/)
    expect(passwordProblem('PassWord123', {})?.message).toMatch(/too common/)
  })

  it('refuses a password containing the email local part', () => {
    const context = { email: 'Priya.Sharma@example.in' }
    expect(passwordProblem('priya.sharma', context)?.message).toMatch(/email/)
    expect(passwordProblem('my PRIYA.SHARMA login', context)?.message).toMatch(/email/)
  })

  it('refuses a password containing the name', () => {
    const context = { name: 'Anil Kumar' }
    expect(passwordProblem('anil kumar', context)?.message).toMatch(/name/)
    expect(passwordProblem('hello Anil Kumar!', context)?.message).toMatch(/name/)
  })

  it('ignores email local parts and names shorter than four characters', () => {
    expect(
      passwordProblem('abc is my dentist', { email: 'abc@example.in', name: 'Abc' })?.message,
    ).toBe(undefined)
  })

  it('accepts a Hindi passphrase with spaces', () => {
    expect(passwordProblem('मेरा दाँत दर्द करता है', {})).toBeUndefined()
  })

  it('never repeats the password in its message', () => {
    const problem = passwordProblem('password123', { email: 'someone@example.in' })
    expect(problem?.reason).toBe('password.too_common')
    expect(JSON.stringify(problem)).not.toContain('password123')
  })
})
