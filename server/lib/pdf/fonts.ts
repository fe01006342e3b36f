import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Noto Sans Devanagari from npm (ADR 0019): one font with Latin, digits, ₹ and Devanagari, so a
 * mixed line never switches fonts (two fonts on one line shift the Devanagari baseline), and
 * nothing depends on the machine's fonts.
 */
const require = createRequire(import.meta.url)
const FONT_DIR = '@expo-google-fonts/noto-sans-devanagari'
const FILES = {
  regular: `${FONT_DIR}/400Regular/NotoSansDevanagari_400Regular.ttf`,
  bold: `${FONT_DIR}/600SemiBold/NotoSansDevanagari_600SemiBold.ttf`,
} as const

export type FontName = keyof typeof FILES

/**
 * fontkit is pdfkit's own font engine (a dependency of the pinned pdfkit 0.20.2), loaded from
 * where pdfkit finds it, so the two always agree. pdfkit has no public "parsed font" type; it
 * accepts any object with a `layout` function (PDFFontFactory.open).
 */
interface ParsedFont {
  layout: (...args: unknown[]) => unknown
}

let parsed: Record<FontName, ParsedFont> | undefined

/**
 * Parses each font once per process. Registering a path or a Buffer makes pdfkit parse the font
 * again for every document (and, switching fonts per cell, hundreds of times per document:
 * 300–430 ms instead of 33–48 ms, reference/pdf-devanagari.md in the shared notes).
 */
function parsedFonts(): Record<FontName, ParsedFont> {
  if (parsed) return parsed
  // With the first document, not at start-up (`npm start` budget, issue #9).
  const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
    create(data: Uint8Array): ParsedFont
  }
  parsed = {
    regular: fontkit.create(readFileSync(require.resolve(FILES.regular))),
    bold: fontkit.create(readFileSync(require.resolve(FILES.bold))),
  }
  return parsed
}

/**
 * One document's view of a font parsed once: it shares the parsed tables (cmap, GSUB, GPOS,
 * glyf) and keeps its own glyphs. fontkit remembers each glyph with the code points it was first
 * met with, and pdfkit writes those into the PDF's ToUnicode map (how a reader copies, searches
 * or reads aloud the text). Shared across documents, one document set the next one's text
 * layer: a page with "·" (in Noto a composite glyph built from ".") and no "." made the subsetter
 * meet "." with no code point, and every later PDF of the process read "₹1,080.00" as
 * "₹1,080 00". With its own glyphs (and so its own layout engine, which fontkit caches on the
 * object that first lays out), a document's text is its own; the glyphs it meets are decoded
 * again, about a tenth of the render (docs/benchmarks.md), where parsing the whole font per
 * document doubled it.
 *
 * `_glyphs` is fontkit's glyph cache (fontkit 2, pinned through pdfkit 0.20.2). The checks make
 * an upgrade that renames it, or code that lays out on the shared font, fail loudly instead of
 * sharing glyphs again; fonts.test.ts proves the text layer.
 */
function documentView(font: ParsedFont): ParsedFont {
  if (!Object.hasOwn(font, '_glyphs') || Object.hasOwn(font, '_layoutEngine')) {
    throw new Error('fontkit changed: a parsed font can no longer be given per-document glyphs')
  }
  return Object.create(font, { _glyphs: { value: {} } }) as ParsedFont
}

/** Makes 'regular' and 'bold' available in the document: its own view of the fonts parsed once. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = parsedFonts()
  for (const name of Object.keys(fonts) as FontName[]) {
    // The cast: @types/pdfkit lists only sources pdfkit parses itself (see ParsedFont above).
    doc.registerFont(name, documentView(fonts[name]) as unknown as Buffer)
  }
}
