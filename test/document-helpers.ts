import sharp from 'sharp'
import type { TestClient } from './http-client.ts'

/** Test fixtures for documents: files to upload, and the upload itself. */

/** A real PNG of the given size, so sharp can make a thumbnail of it. */
export function pngImage(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } },
  })
    .png()
    .toBuffer()
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A PDF-looking file (file-type needs only the header) carrying a marker, padded to `size`. */
export function pdfWithMarker(marker: string, size = 2000): Buffer {
  const text = `%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog >> endobj\n`
  const body = Buffer.alloc(Math.max(size, text.length + 6), ' ')
  body.write(text)
  body.write('%%EOF\n', body.length - 6)
  for (let offset = text.length; offset < body.length - 200; offset += 4096) {
    body.write(marker, offset)
  }
  return body
}

export function uploadForm(
  file: Buffer,
  options: { name?: string; type?: string; kind?: string | null; title?: string } = {},
): FormData {
  const form = new FormData()
  if (options.kind !== null) form.set('kind', options.kind ?? 'xray')
  if (options.title !== undefined) form.set('title', options.title)
  form.set(
    'file',
    new Blob([new Uint8Array(file)], { type: options.type ?? 'application/octet-stream' }),
    options.name ?? 'scan.bin',
  )
  return form
}

export async function registerPatient(client: TestClient, fullName = 'Meera Iyer') {
  const response = await client.post('/api/v1/patients', {
    fullName,
    dateOfBirth: '1985-06-01',
    sex: 'female',
    phone: '9876501234',
  })
  if (response.status !== 201)
    throw new Error(`patient: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { id: string }).id
}

export async function upload(
  client: TestClient,
  patientId: string,
  file: Buffer,
  options: Parameters<typeof uploadForm>[1] = {},
) {
  return client.postForm(`/api/v1/patients/${patientId}/documents`, uploadForm(file, options))
}

export async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer())
}
