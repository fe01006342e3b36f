import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { LOGO_MAX_BYTES, LOGO_MAX_LABEL } from '../../../shared/contracts/clinic.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { pdfDocumentClass } from '../../lib/pdf/document-kit.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { findClinic } from './change-settings.ts'
import { readLogo } from './letterhead.ts'

export type LogoMediaType = 'image/png' | 'image/jpeg'

/**
 * The media type of a logo from its first bytes (PNG signature, ISO/IEC 15948 §5.2; JPEG SOI
 * marker FF D8 FF), never from its name or the type the browser claims.
 */
export function logoMediaType(bytes: Uint8Array): LogoMediaType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length >= png.length && png.every((byte, i) => bytes[i] === byte)) return 'image/png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return undefined
}

/**
 * Checks an uploaded logo: at most 512 KB, a PNG or JPEG by content, and one pdfkit can embed
 * (a truncated or odd PNG would otherwise fail every later document of the clinic).
 */
export async function logoBytes(file: unknown): Promise<Buffer> {
  if (!(file instanceof Blob)) throw fieldError('validation_failed', 'file', 'upload.file_field')
  if (file.size > LOGO_MAX_BYTES) {
    throw fieldError('payload_too_large', 'file', 'clinic.logo_too_large', {
      maximum: LOGO_MAX_LABEL,
    })
  }
  const bytes = Buffer.from(await file.arrayBuffer())
  if (bytes.length === 0) throw fieldError('validation_failed', 'file', 'document.empty')
  if (!logoMediaType(bytes) || !isEmbeddable(bytes)) {
    throw fieldError('validation_failed', 'file', 'clinic.logo_wrong_type')
  }
  return bytes
}

function isEmbeddable(bytes: Buffer): boolean {
  try {
    const PdfDocument = pdfDocumentClass()
    new PdfDocument({ autoFirstPage: true }).image(bytes, 0, 0, { width: 10 })
    return true
  } catch {
    return false
  }
}

/** Where a clinic's logo is kept: ids only, a new key per upload so a replaced one never lingers in a cache. */
function logoKey(clinicId: string): string {
  return `clinics/${clinicId}/letterhead/logo-${randomUUID()}`
}

/**
 * Stores a new logo and points the clinic at it, then removes the old object. The logo is not
 * personal data, so it is stored as it is, not encrypted (ADR 0010 covers patient documents).
 */
export async function replaceLogo(tx: Tx, storage: ObjectStorage, clinicId: string, bytes: Buffer) {
  const before = await findClinic(tx)
  const key = logoKey(clinicId)
  await storage.put(key, Readable.from([bytes]))
  try {
    const clinic = await tx
      .updateTable('clinics')
      .set({ logo_key: key })
      .returning('logo_key')
      .executeTakeFirstOrThrow()
    // Should the commit still fail, the clinic keeps its old key with no object behind it, and
    // documents print without a logo (letterheadOf) until the owner uploads again.
    if (before.logo_key) await storage.delete(before.logo_key)
    return { ...before, logo_key: clinic.logo_key }
  } catch (error) {
    await storage.delete(key)
    throw error
  }
}

/** Removes the clinic's logo; removing none is not an error. */
export async function removeLogo(tx: Tx, storage: ObjectStorage) {
  const before = await findClinic(tx)
  if (!before.logo_key) return before
  await tx.updateTable('clinics').set({ logo_key: null }).execute()
  await storage.delete(before.logo_key)
  return { ...before, logo_key: null }
}

/** The logo's bytes and type, or 404 when the clinic has none. */
export async function openLogo(tx: Tx, storage: ObjectStorage) {
  const { logo_key } = await findClinic(tx)
  const bytes = logo_key ? await readLogo(storage, logo_key) : null
  const mediaType = bytes ? logoMediaType(bytes) : undefined
  if (!bytes || !mediaType) throw new AppError('not_found', 'clinic.no_logo')
  return { bytes, mediaType }
}
