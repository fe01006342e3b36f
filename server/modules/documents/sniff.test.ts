import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { pdfWithMarker, pngImage } from '../../../test/document-helpers.ts'
import { contentDisposition } from './download.ts'
import { cleanFileName } from './receive-upload.ts'
import { SniffStream } from './sniff.ts'

async function sniff(bytes: Buffer, maxBytes?: number) {
  const sniffer = new SniffStream(maxBytes)
  const out: Buffer[] = []
  await pipeline(
    Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]),
    sniffer,
    async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) out.push(chunk)
    },
  )
  return { sniffer, out: Buffer.concat(out) }
}

describe('content sniffing', () => {
  it('detects a PNG and a PDF from their bytes and passes them through unchanged', async () => {
    const png = await pngImage(10, 10)
    const sniffedPng = await sniff(png)
    expect(sniffedPng.sniffer.mediaType).toBe('image/png')
    expect(sniffedPng.out.equals(png)).toBe(true)
    expect(sniffedPng.sniffer.imageBytes()?.equals(png)).toBe(true)
    const pdf = pdfWithMarker('m', 10_000)
    const sniffedPdf = await sniff(pdf)
    expect(sniffedPdf.sniffer.mediaType).toBe('application/pdf')
    expect(sniffedPdf.sniffer.imageBytes()).toBeUndefined()
    expect(sniffedPdf.sniffer.byteSize).toBe(10_000)
  })

  it('refuses text, HTML and executables, naming the file field', async () => {
    for (const bytes of [
      Buffer.from('hello'),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(5000)]),
    ]) {
      await expect(sniff(bytes)).rejects.toMatchObject({ status: 415, field: 'file' })
    }
  })

  it('refuses an empty file, and one over the limit', async () => {
    await expect(sniff(Buffer.alloc(0))).rejects.toMatchObject({ status: 400, field: 'file' })
    await expect(sniff(pdfWithMarker('m', 5000), 4999)).rejects.toMatchObject({ status: 413 })
  })
})

describe('file names', () => {
  it('keeps only the last path segment, without control characters', () => {
    expect(cleanFileName('C:\\Users\\x\\scan 1.png')).toBe('scan 1.png')
    expect(cleanFileName('../../etc/passwd')).toBe('passwd')
    expect(cleanFileName('a\u0000b\nc.pdf')).toBe('abc.pdf')
    expect(cleanFileName('   ')).toBeNull()
  })

  it('makes a Content-Disposition safe in a header', () => {
    expect(contentDisposition('रिपोर्ट "1".pdf', 'document')).toBe(
      `inline; filename="_______ _1_.pdf"; filename*=UTF-8''${encodeURIComponent('रिपोर्ट "1".pdf')}`,
    )
    expect(contentDisposition(null, 'document')).toBe(
      `inline; filename="document"; filename*=UTF-8''document`,
    )
  })
})
