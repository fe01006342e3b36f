import PDFDocument from 'pdfkit'
import { afterAll, describe, expect, it } from 'vitest'
import { registerFonts } from './fonts.ts'
import { pdfReader } from './read-back.ts'

const reader = pdfReader('fonts')
afterAll(reader.close)

/** A one-line document in the given font, rendered as every document is: fonts registered. */
function render(font: 'regular' | 'bold', text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument()
    registerFonts(doc)
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.font(font).text(text)
    doc.end()
  })
}

const readBack = async (font: 'regular' | 'bold', text: string) =>
  reader.text(await render(font, text)).trim()

describe('the fonts of a document', () => {
  // The fonts are parsed once per module registry, and this file has its own (vitest.config.ts):
  // its first document is the first to meet the parsed fonts, so with shared glyphs the "·"
  // line below would spoil the next one, whatever other files rendered before.
  it.each(['regular', 'bold'] as const)(
    'give each document its own text layer (%s): one printed with "·" and no "." leaves "." readable in the next',
    async (font) => {
      // In Noto Sans Devanagari "·" is a composite glyph drawn with ".": subsetting the first
      // document met "." without its code point, and with the glyphs shared every later PDF
      // read "₹1,080 00".
      expect(await readBack(font, 'Dr A Mehta · Dental surgeon')).toBe(
        'Dr A Mehta · Dental surgeon',
      )
      expect(await readBack(font, 'Total ₹1,080.00')).toBe('Total ₹1,080.00')
      expect(await readBack(font, 'दवा: 1 गोली.')).toBe('दवा: 1 गोली.')
    },
  )
})
