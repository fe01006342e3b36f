import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * For the PDF tests: documents are read back the way a person or a search would, with poppler's
 * pdftotext (in content order, -raw) and pdfinfo. CI installs poppler-utils (.ci/run). Each
 * reader has its own temporary folder; `close()` removes it.
 */
export function pdfReader(name: string) {
  const work = mkdtempSync(join(tmpdir(), `niramaya-${name}-`))
  let fileCount = 0
  const saved = (pdf: Buffer): string => {
    const path = join(work, `document-${++fileCount}.pdf`)
    writeFileSync(path, pdf)
    return path
  }
  return {
    /** The folder the PDFs are saved in, for other poppler tools. */
    work,
    /** Saves the PDF and returns its path. */
    saved,
    text: (pdf: Buffer): string =>
      execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', saved(pdf), '-'], { encoding: 'utf8' }),
    pageCount: (pdf: Buffer): number => {
      const info = execFileSync('pdfinfo', [saved(pdf)], { encoding: 'utf8' })
      return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    },
    close: () => rmSync(work, { recursive: true, force: true }),
  }
}
