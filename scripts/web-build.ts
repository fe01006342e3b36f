import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

/** The stamp a complete build leaves in its output directory (a dotfile: never served). */
export const STAMP_FILE = '.build-stamp.json'
// Text formats worth compressing; images and fonts in modern formats are compressed already.
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|webmanifest|wasm|ico)$/
// Below about one TCP packet, compression saves nothing a client would notice.
const MIN_BYTES = 1024
// Within 2% of brotli's maximum (11) in a third of its time, which a restart after an edit waits for.
const BROTLI_QUALITY = 10
const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

interface Stamp {
  inputsHash: string
  /** Every file the build wrote, relative to the output, so a deleted one forces a rebuild. */
  files: string[]
}

/** sha256 over the relative path and bytes of every file under the inputs, in a fixed order. */
export function hashInputs(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256')
  for (const input of inputs) {
    const absolute = path.join(root, input)
    if (!existsSync(absolute)) continue
    const files = statSync(absolute).isDirectory()
      ? listFiles(absolute).map((file) => path.join(input, file))
      : [input]
    for (const file of files) {
      hash.update(`${file.split(path.sep).join('/')}\0`)
      hash.update(readFileSync(path.join(root, file)))
      hash.update('\0')
    }
  }
  return hash.digest('hex')
}

/** True when outDir holds a complete build of exactly these inputs. */
export function isCurrent(outDir: string, inputsHash: string): boolean {
  try {
    const stamp = JSON.parse(readFileSync(path.join(outDir, STAMP_FILE), 'utf8')) as Stamp
    return (
      stamp.inputsHash === inputsHash &&
      stamp.files.includes('index.html') &&
      stamp.files.every((file) => existsSync(path.join(outDir, file)))
    )
  } catch {
    return false
  }
}

/** Called before building: from then on, until markCurrent(), the output is not current. */
export async function markStale(outDir: string) {
  await rm(path.join(outDir, STAMP_FILE), { force: true })
}

/** Called only after every step of a build has succeeded. */
export async function markCurrent(outDir: string, inputsHash: string) {
  const stamp: Stamp = {
    inputsHash,
    files: listFiles(outDir).filter((file) => file !== STAMP_FILE),
  }
  await writeAtomically(path.join(outDir, STAMP_FILE), `${JSON.stringify(stamp)}\n`)
}

/**
 * Writes file.br and file.gz (strong compression: this runs once per build, the
 * files are read on every page load) beside each compressible file, each only
 * when smaller than the file. Returns how many files were compressed.
 */
export async function compressOutputs(outDir: string): Promise<number> {
  const targets = listFiles(outDir).filter(
    (file) => COMPRESSIBLE.test(file) && statSync(path.join(outDir, file)).size >= MIN_BYTES,
  )
  await Promise.all(
    targets.map(async (file) => {
      const absolute = path.join(outDir, file)
      const plain = await readFile(absolute)
      const [br, gz] = await Promise.all([
        brotli(plain, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
          },
        }),
        gzip(plain, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ])
      if (br.length < plain.length) await writeAtomically(`${absolute}.br`, br)
      if (gz.length < plain.length) await writeAtomically(`${absolute}.gz`, gz)
    }),
  )
  return targets.length
}

/** Relative paths of the files under a directory, sorted, without node_modules. */
function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules'))
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** A running server may read the file at any moment: it must see all of it or none. */
async function writeAtomically(file: string, contents: string | Buffer) {
  await writeFile(`${file}.tmp`, contents)
  await rename(`${file}.tmp`, file)
}
