import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `npm start` has a start-up budget (issue #9, README "npm start"): libraries that only some
// requests need are loaded when first used, never by a static import that every start pays for.
// Type-only imports cost nothing at run time and are allowed.
const LOADED_ON_FIRST_USE = [
  'pdfkit', // the first document (server/lib/pdf/document-kit.ts)
  'fontkit',
  'qrcode', // the first two-factor enrolment
  'file-type', // the first upload
  'nodemailer', // only with SMTP configured
  'sharp', // the first thumbnail
]
// (The S3 client is imported by server/lib/storage/s3.ts, which itself is loaded only when S3
// storage is configured: create-storage.ts imports it with import().)

const serverDir = dirname(fileURLToPath(import.meta.url))

function productionSources(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...productionSources(path))
    // Tests and their helpers (`*-test-helpers.ts`) never run in the server.
    else if (/\.ts$/.test(entry.name) && !/(\.test|-test-helpers)\.ts$/.test(entry.name)) {
      files.push(path)
    }
  }
  return files
}

/**
 * Static value imports (`import x from 'p'`, `import { x } from 'p'`, `import 'p'`) and
 * re-exports (`export { x } from 'p'`, `export * from 'p'`), which load the module just the same;
 * not `import type` or `export type`.
 */
function staticImports(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(
    /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
  )) {
    found.push(match[1] as string)
  }
  return found
}

describe('start-up imports', () => {
  it('loads no first-use library statically from server code', () => {
    const offenders = productionSources(serverDir).flatMap((file) =>
      staticImports(readFileSync(file, 'utf8'))
        .filter((specifier) =>
          LOADED_ON_FIRST_USE.some(
            (name) => specifier === name || specifier.startsWith(`${name}/`),
          ),
        )
        .map((specifier) => `${relative(serverDir, file)} imports ${specifier}`),
    )
    expect(offenders).toEqual([])
  })

  it('recognises a static import and lets a type-only one through', () => {
    expect(staticImports("import PDFDocument from 'pdfkit'\n")).toEqual(['pdfkit'])
    expect(staticImports("import { createTransport } from 'nodemailer'\n")).toEqual(['nodemailer'])
    expect(staticImports("import 'sharp'\n")).toEqual(['sharp'])
    expect(staticImports("export { default } from 'pdfkit'\n")).toEqual(['pdfkit'])
    expect(staticImports("export * from 'file-type'\n")).toEqual(['file-type'])
    expect(staticImports("import type PDFDocument from 'pdfkit'\n")).toEqual([])
    expect(staticImports("export type { Transporter } from 'nodemailer'\n")).toEqual([])
    expect(staticImports("  const { default: QRCode } = await import('qrcode')\n")).toEqual([])
  })
})
