import type Sharp from 'sharp'
import { SIGNATURE_MAX_BYTES } from '../../../shared/contracts/plans.ts'
import { fieldError } from '../../http/errors.ts'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** A finger on a tablet draws at least this much, and a signing pad is never larger. */
const MIN_SIDE = 16
const MAX_SIDE = 4000

let loadingSharp: Promise<typeof Sharp> | undefined
function loadSharp(): Promise<typeof Sharp> {
  loadingSharp ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false)
    return sharp
  })
  return loadingSharp
}

/**
 * The drawn signature from the signing pad, checked and normalised: a PNG (by its signature
 * bytes, RFC 2083 §12.12, not by what the data URL claims), at most 200 KB decoded, of sane
 * dimensions, that decodes completely. It is re-encoded as a plain 8-bit PNG so that whatever
 * the pad's encoder produced (interlacing, 16-bit, text chunks) the PDF embeds a known shape.
 * Anything else is a 400 naming signaturePng.
 */
export async function readSignature(dataUrl: string): Promise<Buffer> {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1)
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length > SIGNATURE_MAX_BYTES) {
    throw fieldError('validation_failed', 'signaturePng', 'plans.signature_too_large', {
      maximum: SIGNATURE_MAX_BYTES,
    })
  }
  // IHDR is always the first chunk: 8 signature bytes, length, "IHDR", width, height.
  if (
    bytes.length < 33 ||
    !bytes.subarray(0, 8).equals(PNG_SIGNATURE) ||
    bytes.toString('latin1', 12, 16) !== 'IHDR'
  ) {
    throw fieldError('validation_failed', 'signaturePng', 'plans.signature_not_png')
  }
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  if ([width, height].some((side) => side < MIN_SIDE || side > MAX_SIDE)) {
    throw fieldError('validation_failed', 'signaturePng', 'plans.signature_size', {
      minimum: MIN_SIDE,
      maximum: MAX_SIDE,
    })
  }
  const sharp = await loadSharp()
  try {
    return await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_SIDE * MAX_SIDE })
      .png({ compressionLevel: 9, adaptiveFiltering: false, progressive: false })
      .toBuffer()
  } catch {
    throw fieldError('validation_failed', 'signaturePng', 'plans.signature_not_png')
  }
}
