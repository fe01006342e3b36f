import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../../server/db/schema.ts'
import { withClinic } from '../../server/db/with-clinic.ts'
import { clinicCipher, type Keyring } from '../../server/modules/clinic-keys/index.ts'
import { searchTokensFor } from '../../server/modules/patients/index.ts'

/**
 * Synthetic patients for development and benchmarks: made-up Indian names,
 * ages and mobile numbers, encrypted exactly as registration does. Never real
 * data. Deterministic for a given seed, so benchmark runs are comparable.
 */
const FIRST = [
  'Aarav',
  'Vivaan',
  'Aditya',
  'Vihaan',
  'Arjun',
  'Sai',
  'Reyansh',
  'Ayaan',
  'Krishna',
  'Ishaan',
  'Priya',
  'Ananya',
  'Diya',
  'Aadhya',
  'Saanvi',
  'Kavya',
  'Meera',
  'Lakshmi',
  'Sunita',
  'Pooja',
  'Rahul',
  'Amit',
  'Suresh',
  'Ramesh',
  'Deepak',
  'Neha',
  'Anjali',
  'Divya',
  'Sneha',
  'Fatima',
  'Imran',
  'Joseph',
  'Gurpreet',
  'Harpreet',
  'Manoj',
  'Venkatesh',
  'Lakshman',
  'Shalini',
  'Revathi',
  'Mohammed',
]
const LAST = [
  'Sharma',
  'Verma',
  'Gupta',
  'Singh',
  'Kumar',
  'Patel',
  'Shah',
  'Reddy',
  'Nair',
  'Iyer',
  'Rao',
  'Menon',
  'Pillai',
  'Das',
  'Bose',
  'Chatterjee',
  'Mukherjee',
  'Joshi',
  'Kulkarni',
  'Deshpande',
  'Khan',
  'Ansari',
  'Fernandes',
  "D'Souza",
  'Gill',
  'Sandhu',
  'Yadav',
  'Mishra',
  'Pandey',
  'Tiwari',
  'Naidu',
  'Hegde',
]

/** A small fast PRNG (mulberry32): reproducible, not for anything secret. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SeedResult {
  inserted: number
  /** A few of the seeded patients, for benchmark queries. */
  samples: { fullName: string; phone: string; patientNumber: number }[]
}

export async function seedPatients(
  db: Kysely<Database>,
  keyring: Keyring,
  clinic: { clinicId: string; userId: string },
  options: {
    count: number
    seed?: number
    batchSize?: number
    onProgress?: (done: number) => void
  },
): Promise<SeedResult> {
  const next = random(options.seed ?? 20261123)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  const batchSize = options.batchSize ?? 1000
  const samples: SeedResult['samples'] = []
  let inserted = 0
  while (inserted < options.count) {
    const size = Math.min(batchSize, options.count - inserted)
    await withClinic(db, clinic, async (tx) => {
      const cipher = await clinicCipher(tx, keyring, clinic.clinicId)
      const { rows } = await sql<{ last_value: number }>`
        INSERT INTO clinic_counters AS c (clinic_id, name, last_value) VALUES (${clinic.clinicId}, 'patient_number', ${size})
        ON CONFLICT (clinic_id, name) DO UPDATE SET last_value = c.last_value + ${size}
        RETURNING last_value`.execute(tx)
      const first = Number(rows[0]?.last_value) - size + 1
      const values = Array.from({ length: size }, (_, i) => {
        const fullName = `${pick(FIRST)} ${pick(LAST)}`
        const phone = `+91${6 + Math.floor(next() * 4)}${String(Math.floor(next() * 1e9)).padStart(9, '0')}`
        const year = 1940 + Math.floor(next() * 80)
        const dateOfBirth = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`
        if (samples.length < 200 && next() < 0.05)
          samples.push({ fullName, phone, patientNumber: first + i })
        return {
          clinic_id: clinic.clinicId,
          patient_number: first + i,
          full_name: fullName,
          date_of_birth: dateOfBirth,
          sex: next() < 0.5 ? ('female' as const) : ('male' as const),
          phone_cipher: cipher.encrypt('patients.phone', phone),
          phone_index: cipher.index('patients.phone', phone),
          search_tokens: searchTokensFor(cipher, { phone, guardian: null }),
          created_by: clinic.userId,
        }
      })
      await tx.insertInto('patients').values(values).execute()
    })
    inserted += size
    options.onProgress?.(inserted)
  }
  return { inserted, samples }
}
