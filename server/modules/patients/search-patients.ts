import { sql } from 'kysely'
import { normalizeIndianMobile } from '../../../shared/india/identifiers.ts'
import type { Patient } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { activePatients } from './queries.ts'
import {
  guardianNameMatches,
  guardianNameQueryTokens,
  MIN_PHONE_DIGITS,
  nationalDigits,
  phoneQueryTokens,
  searchableFieldsOf,
} from './search-tokens.ts'

/**
 * Type-ahead search, best matches first:
 * - "P-123", or a bare number of up to 6 digits, is a patient number;
 * - 4 to 10 digits (spaces, +91 or a leading 0 allowed) are part of a mobile number, the
 *   patient's own or their guardian's, found through blind-indexed digit windows;
 * - anything else matches names by trigrams, tolerant of spelling ("Priya Sharma" finds
 *   "Priyaa Sharmaa"), then children whose guardian's name has words starting with the words typed.
 */
export async function searchPatients(
  tx: Tx,
  cipher: ClinicCipher,
  query: string,
  limit: number,
): Promise<Patient[]> {
  const trimmed = query.trim()
  const number = /^p-?0*(\d{1,9})$/i.exec(trimmed)?.[1]
  if (number) return byPatientNumber(tx, Number(number), limit)
  if (/^[\d\s+().-]+$/.test(trimmed)) {
    const digits = phoneDigits(trimmed)
    const byNumber = /^0*(\d{1,6})$/.test(digits)
      ? await byPatientNumber(tx, Number(digits), limit)
      : []
    const byPhone = digits.length >= MIN_PHONE_DIGITS ? await byPhoneDigits(tx, cipher, digits) : []
    return unique([...byNumber, ...byPhone]).slice(0, limit)
  }
  const needle = trimmed.toLowerCase()
  // The index lookup runs in patient_name_matches() (see its migration for why);
  // the rows themselves are still read through RLS.
  const byName = await activePatients(tx)
    .innerJoin(
      sql<{ id: string; score: number }>`patient_name_matches(${needle}, ${limit})`.as('match'),
      'match.id',
      'patients.id',
    )
    .selectAll('patients')
    .orderBy('match.score', 'desc')
    .orderBy('patients.full_name')
    .execute()
  const byGuardian = await byGuardianName(tx, cipher, trimmed)
  return unique([...byName, ...byGuardian]).slice(0, limit)
}

/**
 * The national digits typed: '+91 98765 43210' and '098765 43210' give '9876543210', '+91 98765'
 * gives '98765'. Dropping a trunk 0 before 6–9 can only widen a partial match, never lose one.
 */
function phoneDigits(typed: string): string {
  const full = normalizeIndianMobile(typed)
  if (full) return nationalDigits(full)
  const digits = typed.replace(/\D/g, '')
  if (/^\s*\+\s*91/.test(typed)) return digits.slice(2)
  return /^0[6-9]\d{4,}$/.test(digits) ? digits.slice(1) : digits
}

function byPatientNumber(tx: Tx, patientNumber: number, limit: number) {
  return activePatients(tx).where('patient_number', '=', patientNumber).limit(limit).execute()
}

// Digit windows may match in another order ("1234" and "3412" share none, but "12345" could be
// matched by "2345…1234"), so up to 200 candidates are decrypted and checked.
async function byPhoneDigits(tx: Tx, cipher: ClinicCipher, digits: string) {
  const candidates = await candidatesFor(tx, phoneQueryTokens(cipher, digits))
  const found = candidates.filter((row) =>
    Object.values(phonesOf(cipher, row)).some(
      (phone) => phone != null && nationalDigits(phone).includes(digits),
    ),
  )
  // Patients registered before the tokens existed are still found by their full number.
  if (digits.length === 10) {
    const exact = await activePatients(tx)
      .where('phone_index', '=', cipher.index('patients.phone', `+91${digits}`))
      .execute()
    return unique([...exact, ...found])
  }
  return found
}

async function byGuardianName(tx: Tx, cipher: ClinicCipher, typed: string) {
  const tokens = guardianNameQueryTokens(cipher, typed)
  if (tokens.length === 0) return []
  const candidates = await candidatesFor(tx, tokens)
  return candidates.filter((row) => {
    const { guardian } = searchableFieldsOf(cipher, row)
    return guardian !== null && guardianNameMatches(guardian.name, typed)
  })
}

function candidatesFor(tx: Tx, tokens: string[]) {
  return activePatients(tx)
    .innerJoin(
      sql<{ id: string }>`patient_token_matches(${tokens}::text[], 200)`.as('match'),
      'match.id',
      'patients.id',
    )
    .selectAll('patients')
    .orderBy('patients.patient_number', 'desc')
    .execute()
}

function unique(rows: Patient[]): Patient[] {
  const seen = new Set<string>()
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id) !== undefined)
}

function phonesOf(cipher: ClinicCipher, row: Patient) {
  const { phone, guardian } = searchableFieldsOf(cipher, row)
  return { own: phone, guardian: guardian?.phone ?? null }
}
