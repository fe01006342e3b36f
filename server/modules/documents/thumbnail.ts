import type Sharp from 'sharp'

let loadingSharp: Promise<typeof Sharp> | undefined

/**
 * sharp (libvips) is loaded on the first thumbnail, not at start-up: most starts never make one
 * and loading it costs about 0.1 s (issue #9).
 */
function loadSharp(): Promise<typeof Sharp> {
  loadingSharp ??= import('sharp').then(({ default: sharp }) => {
    // Decoded images are patient data: keep none of them in libvips' operation cache.
    sharp.cache(false)
    return sharp
  })
  return loadingSharp
}

export const THUMBNAIL_SIZE = 320

export interface Thumbnail {
  jpeg: Buffer
  /** Size of the original image as shown (after its EXIF orientation). */
  width: number
  height: number
}

/**
 * A JPEG at most 320 px on its longer side, turned upright, with no metadata (sharp drops EXIF,
 * including any GPS position, unless asked to keep it). Undefined when the image cannot be
 * decoded: the original is still kept, it just has no preview.
 */
export async function makeThumbnail(image: Buffer): Promise<Thumbnail | undefined> {
  const sharp = await loadSharp()
  try {
    const options = { limitInputPixels: 100_000_000, failOn: 'error' } as const
    const metadata = await sharp(image, options).metadata()
    const isTurned = (metadata.orientation ?? 1) >= 5
    const jpeg = await sharp(image, options)
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer()
    const width = metadata.width
    const height = metadata.height
    if (!width || !height) return undefined
    return { jpeg, width: isTurned ? height : width, height: isTurned ? width : height }
  } catch {
    return undefined
  }
}
