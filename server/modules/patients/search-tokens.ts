import type { Patient } from '../../db/schema.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'

// Blind-index tokens that let staff find a patient by part of a mobile number, and a child by the
// guardian's name or mobile, while those fields stay encrypted (ADR 0009; the trade-off is written
// in migration 20261204110100_patient_search_tokens.sql). Each token is a keyed HMAC under the
// clinic's index key, so the same digits index differently in every clinic.

/** The shortest run of digits that searches part of a mobile number. */
export const MIN_PHONE_DIGITS = 4
const GRAM = MIN_PHONE_DIGITS
const MIN_NAME_PREFIX = 3
const MAX_NAME_PREFIX = 20

const PHONE_PURPOSE = 'patients.phone_gram'
const NAME_PURPOSE = 'patients.guardian_name_prefix'

/** The 10 national digits of a stored mobile number ('+919876543210' → '9876543210'). */
export function nationalDigits(phone: string): string {
  return phone.replace(/\D/g, '').slice(-10)
}

function digitWindows(digits: string): string[] {
  const windows = new Set<string>()
  for (let i = 0; i + GRAM <= digits.length; i += 1) windows.add(digits.slice(i, i + GRAM))
  return [...windows]
}

/** Lower-cased words of a name, letters and digits only (any script). */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '')
}

function prefixes(word: string): string[] {
  const letters = [...word]
  const found: string[] = []
  for (let length = MIN_NAME_PREFIX; length <= Math.min(letters.length, MAX_NAME_PREFIX); length++)
    found.push(letters.slice(0, length).join(''))
  return found
}

/** What a patient is found by, besides their own name and number. */
export interface SearchableFields {
  phone: string | null
  guardian: { name: string; phone: string } | null
}

/** The tokens stored in patients.search_tokens for these fields (sorted, without repeats). */
export function searchTokensFor(cipher: ClinicCipher, fields: SearchableFields): string[] {
  const tokens = new Set<string>()
  for (const phone of [fields.phone, fields.guardian?.phone]) {
    if (!phone) continue
    for (const window of digitWindows(nationalDigits(phone))) {
      tokens.add(cipher.index(PHONE_PURPOSE, window))
    }
  }
  for (const word of nameWords(fields.guardian?.name ?? '')) {
    for (const prefix of prefixes(word)) tokens.add(cipher.index(NAME_PURPOSE, prefix))
  }
  return [...tokens].sort()
}

/**
 * The tokens a patient must all carry to match `digits` (4–10 consecutive digits of a mobile
 * number). Windows can match in another order, so candidates are checked after decryption.
 */
export function phoneQueryTokens(cipher: ClinicCipher, digits: string): string[] {
  return digitWindows(digits).map((window) => cipher.index(PHONE_PURPOSE, window))
}

/**
 * The tokens a guardian's name must carry to match `query`: each typed word of at least three
 * letters, as a prefix (at most 20 letters) of a word of the name. Shorter words are ignored.
 */
export function guardianNameQueryTokens(cipher: ClinicCipher, query: string): string[] {
  return nameWords(query)
    .filter((word) => [...word].length >= MIN_NAME_PREFIX)
    .map((word) => cipher.index(NAME_PURPOSE, [...word].slice(0, MAX_NAME_PREFIX).join('')))
}

/** Whether a decrypted guardian name really has a word starting with each typed word. */
export function guardianNameMatches(name: string, query: string): boolean {
  const words = nameWords(name)
  return nameWords(query)
    .filter((word) => [...word].length >= MIN_NAME_PREFIX)
    .every((typed) => words.some((word) => word.startsWith(typed)))
}

/** The stored, decrypted phone and guardian of a patient row. */
export function searchableFieldsOf(cipher: ClinicCipher, row: Patient): SearchableFields {
  const phone = row.phone_cipher
    ? cipher.decrypt('patients.phone', Buffer.from(row.phone_cipher))
    : null
  const guardian = row.guardian_cipher
    ? (JSON.parse(cipher.decrypt('patients.guardian', Buffer.from(row.guardian_cipher))) as {
        name: string
        phone: string
      })
    : null
  return { phone, guardian }
}
