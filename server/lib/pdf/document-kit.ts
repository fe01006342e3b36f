import { createRequire } from 'node:module'
import type PDFDocument from 'pdfkit'
import { type FontName, registerFonts } from './fonts.ts'
import type { Letterhead } from './types.ts'

/**
 * A small kit for clinic documents on pdfkit (ADR 0019): A4 pages, a letterhead, a title,
 * key-value blocks, tables with right-aligned money, totals and a "Page n of m" footer. It keeps
 * its own cursor (`y`) and places every string itself, so layout never depends on pdfkit's
 * line wrapper, and breaks pages between rows.
 *
 * Deterministic: equal input gives equal bytes. The patient signs the estimate's SHA-256, so a
 * re-render must match it: the dates in the PDF's Info come from the input (pdfkit derives the
 * file ID from them), there is no random id, and fonts and images are embedded the same way each
 * time.
 */

/** A4 in points (ISO 216: 210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 40
const FOOTER_HEIGHT = 28
const INK = '#111111'
const MUTED = '#555555'
const RULE = '#bbbbbb'

/** Devanagari, and the Indic ranges after it, that pdftotext would read in visual order. */
const INDIC = /[\u0900-\u0DFF\uA8E0-\uA8FF]/

export interface TextStyle {
  size?: number
  bold?: boolean
  color?: string
}

export interface Column {
  /** Width in points. */
  width: number
  align?: 'left' | 'right'
}

export interface Cell {
  text: string
  /** A smaller, muted second line under the text (e.g. SAC and the GST split). */
  note?: string
  bold?: boolean
}

const require = createRequire(import.meta.url)
let pdfkit: typeof PDFDocument | undefined

/** pdfkit, loaded with the first document rather than at start-up (`npm start` budget, issue #9). */
export function pdfDocumentClass(): typeof PDFDocument {
  pdfkit ??= require('pdfkit') as typeof PDFDocument
  return pdfkit
}

export class DocumentKit {
  readonly doc: PDFKit.PDFDocument
  readonly left = MARGIN
  readonly right = A4.width - MARGIN
  readonly width = A4.width - 2 * MARGIN
  y = MARGIN
  /** Called on each new page after the first, to repeat a table header. */
  private onNewPage: (() => void) | undefined
  private readonly bytes: Promise<Buffer>

  constructor(info: { title: string; createdAt: Date; language: string }) {
    const PdfDocument = pdfDocumentClass()
    this.doc = new PdfDocument({
      size: [A4.width, A4.height],
      margin: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      compress: true,
      lang: info.language,
      displayTitle: true,
      info: {
        Title: info.title,
        Producer: 'Niramaya',
        Creator: 'Niramaya',
        CreationDate: info.createdAt,
        ModDate: info.createdAt,
      },
    })
    const chunks: Buffer[] = []
    this.bytes = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.on('error', reject)
    })
    registerFonts(this.doc)
    this.doc.font('regular')
  }

  get bottom(): number {
    return A4.height - MARGIN - FOOTER_HEIGHT
  }

  /** Width of a string in a style, for right alignment and wrapping. */
  measure(text: string, style: TextStyle = {}): number {
    this.applyStyle(style)
    return this.doc.widthOfString(text)
  }

  lineHeight(size: number): number {
    return size * 1.45
  }

  /**
   * Writes one line of text at (x, y). Text with Devanagari is wrapped in marked content with
   * ActualText: pdfkit writes glyphs in visual order (ि before its consonant, reph after), and
   * ActualText is what makes copy and pdftotext return the words in logical order.
   */
  put(text: string, x: number, y: number, style: TextStyle = {}): void {
    if (text === '') return
    this.applyStyle(style)
    const indic = INDIC.test(text)
    if (indic) this.doc.markContent('Span', { actual: text })
    this.doc.text(text, x, y, { lineBreak: false })
    if (indic) this.doc.endMarkedContent()
  }

  /** One line ending at `right`. */
  putRight(text: string, right: number, y: number, style: TextStyle = {}): void {
    this.put(text, right - this.measure(text, style), y, style)
  }

  /** Splits text into lines no wider than `width`, at spaces (a single long word overflows). */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const lines: string[] = []
    for (const paragraph of text.split('\n')) {
      let line = ''
      for (const word of paragraph.split(' ')) {
        const candidate = line === '' ? word : `${line} ${word}`
        if (line !== '' && this.measure(candidate, style) > width) {
          lines.push(line)
          line = word
        } else {
          line = candidate
        }
      }
      lines.push(line)
    }
    return lines
  }

  /** A wrapped paragraph across the page; moves the cursor below it. */
  paragraph(text: string, style: TextStyle = {}, gapAfter = 6): void {
    const size = style.size ?? 9
    for (const line of this.wrap(text, this.width, style)) {
      this.ensureRoom(this.lineHeight(size))
      this.put(line, this.left, this.y, style)
      this.y += this.lineHeight(size)
    }
    this.y += gapAfter
  }

  /** Starts a new page when fewer than `height` points are left. */
  ensureRoom(height: number): void {
    if (this.y + height <= this.bottom) return
    this.doc.addPage()
    this.y = MARGIN
    this.onNewPage?.()
  }

  rule(color = RULE): void {
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.right, this.y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke()
    this.y += 6
  }

  /**
   * The clinic's letterhead: the logo on the left if there is one, then the name, the address
   * lines, phone and e-mail, and the GSTIN when the clinic has one (CGST Rules 46 and 49 want the
   * supplier's name, address and GSTIN on its invoices; the estimate carries them the same way).
   */
  letterhead(letterhead: Letterhead, labels: { phone: string; email: string; gstin: string }) {
    const top = this.y
    let x = this.left
    const logoBox = 64
    if (letterhead.logoPng) {
      this.doc.image(letterhead.logoPng, this.left, top, { fit: [logoBox, logoBox] })
      x += logoBox + 12
    }
    this.put(letterhead.clinicName, x, this.y, { size: 16, bold: true })
    this.y += this.lineHeight(16)
    for (const line of letterhead.addressLines) {
      this.put(line, x, this.y, { size: 9, color: MUTED })
      this.y += this.lineHeight(9)
    }
    const contact = [
      letterhead.phone ? `${labels.phone}: ${letterhead.phone}` : null,
      letterhead.email ? `${labels.email}: ${letterhead.email}` : null,
    ].filter((part): part is string => part !== null)
    if (contact.length > 0) {
      this.put(contact.join('   ·   '), x, this.y, { size: 9, color: MUTED })
      this.y += this.lineHeight(9)
    }
    if (letterhead.gstin) {
      this.put(`${labels.gstin}: ${letterhead.gstin}`, x, this.y, { size: 9, color: MUTED })
      this.y += this.lineHeight(9)
    }
    if (letterhead.logoPng) this.y = Math.max(this.y, top + logoBox)
    this.y += 6
    this.rule(INK)
  }

  /** The document's title, with a text (the date) on the right of the same line. */
  title(text: string, aside: string): void {
    this.y += 4
    this.put(text, this.left, this.y, { size: 14, bold: true })
    this.putRight(aside, this.right, this.y + 4, { size: 9 })
    this.y += this.lineHeight(14) + 4
  }

  /** Labelled values in two columns ("Patient: …"), row by row. */
  keyValues(pairs: Array<[string, string]>): void {
    const columnWidth = this.width / 2
    const size = 9.5
    for (let i = 0; i < pairs.length; i += 2) {
      this.ensureRoom(this.lineHeight(size))
      for (const [offset, pair] of [pairs[i], pairs[i + 1]].entries()) {
        if (!pair) continue
        const x = this.left + offset * columnWidth
        const label = `${pair[0]}:`
        this.put(label, x, this.y, { size, color: MUTED })
        this.put(pair[1], x + this.measure(label, { size }) + 4, this.y, { size, bold: true })
      }
      this.y += this.lineHeight(size)
    }
    this.y += 6
  }

  /** A section heading that stays with at least `keepWith` points of what follows. */
  heading(text: string, keepWith = 30): void {
    this.ensureRoom(this.lineHeight(11) + keepWith)
    this.y += 4
    this.put(text, this.left, this.y, { size: 11, bold: true })
    this.y += this.lineHeight(11)
  }

  /**
   * Starts a table: draws the header row now and again at the top of every page the table
   * continues on. End it with endTable().
   */
  beginTable(columns: Column[], header: string[]): void {
    const drawHeader = () => {
      const size = 8.5
      this.doc.rect(this.left, this.y - 2, this.width, this.lineHeight(size) + 3).fill('#eeeeee')
      this.row(
        columns,
        header.map((text) => ({ text, bold: true })),
        size,
        false,
      )
    }
    this.onNewPage = drawHeader
    drawHeader()
  }

  endTable(): void {
    this.onNewPage = undefined
    this.y += 4
  }

  /** A full-width row of the table (a group's heading). */
  groupRow(text: string): void {
    const size = 9.5
    this.ensureRoom(this.lineHeight(size) * 3)
    this.y += 3
    this.put(text, this.left + 2, this.y, { size, bold: true })
    this.y += this.lineHeight(size)
  }

  /**
   * A row of cells. Left-aligned text wraps within its column (a long procedure name takes two
   * lines); right-aligned text (money) stays on one line. A cell's note goes below the row, in
   * smaller type, across the row.
   */
  row(columns: Column[], cells: Cell[], size = 9, ruleBelow = true): void {
    const noteSize = size - 1.5
    const padding = 3
    const laidOut = columns.map((column, i) => {
      const cell = cells[i]
      if (!cell) return { column, style: { size }, lines: [] as string[] }
      const style = { size, bold: cell.bold ?? false }
      const inner = column.width - 2 * padding
      const lines =
        column.align === 'right'
          ? [this.fit(cell.text, inner, style)]
          : this.wrap(cell.text, inner, style).map((line) => this.fit(line, inner, style))
      return { column, style, lines }
    })
    const notes = cells.flatMap((cell) => (cell.note ? [cell.note] : []))
    const lineCount = Math.max(1, ...laidOut.map((cell) => cell.lines.length))
    const height = lineCount * this.lineHeight(size) + notes.length * this.lineHeight(noteSize)
    this.ensureRoom(height + 2)
    let x = this.left
    for (const { column, style, lines } of laidOut) {
      for (const [n, line] of lines.entries()) {
        const y = this.y + n * this.lineHeight(size)
        if (column.align === 'right') this.putRight(line, x + column.width - padding, y, style)
        else this.put(line, x + padding, y, style)
      }
      x += column.width
    }
    this.y += lineCount * this.lineHeight(size)
    for (const note of notes) {
      this.put(note, this.left + padding, this.y, { size: noteSize, color: MUTED })
      this.y += this.lineHeight(noteSize)
    }
    if (ruleBelow) {
      this.y += 1
      this.rule()
      this.y -= 4
    }
  }

  /** Shortens text to fit a width, with an ellipsis; a cell never spills into the next. */
  private fit(text: string, width: number, style: TextStyle): string {
    if (this.measure(text, style) <= width) return text
    let shorter = text
    while (shorter.length > 1 && this.measure(`${shorter}…`, style) > width) {
      shorter = shorter.slice(0, -1)
    }
    return `${shorter}…`
  }

  /** Label–amount lines aligned to the right edge, the last one in bold above a rule. */
  totals(lines: Array<{ label: string; amount: string; strong?: boolean }>): void {
    const size = 9.5
    const labelRight = this.right - 110
    this.ensureRoom(lines.length * this.lineHeight(size) + 10)
    for (const line of lines) {
      const style = { size: line.strong ? 11 : size, bold: line.strong ?? false }
      if (line.strong) {
        this.y += 2
        this.doc
          .moveTo(labelRight - 120, this.y - 3)
          .lineTo(this.right, this.y - 3)
          .lineWidth(0.8)
          .strokeColor(INK)
          .stroke()
      }
      this.putRight(line.label, labelRight, this.y, style)
      this.putRight(line.amount, this.right, this.y, style)
      this.y += this.lineHeight(style.size)
    }
    this.y += 6
  }

  /** An image fitted in a box at the cursor (a signature); moves the cursor below it. */
  image(png: Buffer, width: number, height: number): void {
    this.ensureRoom(height + 4)
    this.doc.rect(this.left, this.y, width, height).lineWidth(0.5).strokeColor(RULE).stroke()
    this.doc.image(png, this.left + 2, this.y + 2, {
      fit: [width - 4, height - 4],
      align: 'center',
      valign: 'center',
    })
    this.y += height + 6
  }

  /**
   * Writes the footer on every page ("Page n of m" needs the count, hence bufferPages) and
   * returns the PDF's bytes.
   */
  async finish(footer: { left: string; page: (page: number, pages: number) => string }) {
    const { start, count } = this.doc.bufferedPageRange()
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index)
      // Writing below the bottom margin would make pdfkit start a page; the footer lives there.
      const margins = this.doc.page.margins
      const bottomMargin = margins.bottom
      margins.bottom = 0
      const y = A4.height - MARGIN - 10
      this.doc
        .moveTo(this.left, y - 6)
        .lineTo(this.right, y - 6)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke()
      this.put(footer.left, this.left, y, { size: 8, color: MUTED })
      this.putRight(footer.page(index - start + 1, count), this.right, y, { size: 8, color: MUTED })
      margins.bottom = bottomMargin
    }
    this.doc.end()
    return this.bytes
  }

  private applyStyle(style: TextStyle): void {
    const font: FontName = style.bold ? 'bold' : 'regular'
    this.doc
      .font(font)
      .fontSize(style.size ?? 9)
      .fillColor(style.color ?? INK)
  }
}
