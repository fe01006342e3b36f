import { findState } from '../../../shared/india/states.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Letterhead } from '../../lib/pdf/index.ts'
import { type ObjectStorage, StorageNotFoundError } from '../../lib/storage/storage.ts'

/** The letterhead columns of the current clinic. */
export const LETTERHEAD_COLUMNS = [
  'name',
  'address_line1',
  'address_line2',
  'city',
  'state_code',
  'pin_code',
  'phone',
  'email',
  'gstin',
  'logo_key',
] as const

/**
 * The current clinic's letterhead for a PDF: its name, address lines ready to print ("City,
 * State PIN" last), phone, e-mail, GSTIN and the logo's bytes. A logo whose object has gone
 * missing prints no logo rather than failing the document.
 */
export async function letterheadOf(tx: Tx, storage: ObjectStorage): Promise<Letterhead> {
  const clinic = await tx.selectFrom('clinics').select(LETTERHEAD_COLUMNS).executeTakeFirstOrThrow()
  const place = [clinic.city, clinic.state_code ? findState(clinic.state_code)?.name : null]
    .filter((part): part is string => Boolean(part))
    .join(', ')
  const lastLine = [place, clinic.pin_code].filter(Boolean).join(' ')
  return {
    clinicName: clinic.name,
    addressLines: [clinic.address_line1, clinic.address_line2, lastLine].filter(
      (line): line is string => Boolean(line),
    ),
    phone: clinic.phone,
    email: clinic.email,
    gstin: clinic.gstin,
    logoPng: clinic.logo_key ? await readLogo(storage, clinic.logo_key) : null,
  }
}

/** The stored logo's bytes, or null when the object is missing. */
export async function readLogo(storage: ObjectStorage, key: string): Promise<Buffer | null> {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of await storage.get(key)) chunks.push(Buffer.from(chunk))
    return Buffer.concat(chunks)
  } catch (error) {
    if (error instanceof StorageNotFoundError) return null
    throw error
  }
}
