import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { type Context, Hono } from 'hono'
import { getMimeType } from 'hono/utils/mime'
import { preferredEncoding } from './accept-encoding.ts'
import type { AppEnv } from './app-env.ts'
import { errorResponse } from './error-handler.ts'
import { AppError } from './errors.ts'

// Vite fingerprints asset names, so a file under /assets/ never changes: cache it for good.
const IMMUTABLE = 'public, max-age=31536000, immutable'
// scripts/build-web.ts writes these beside each compressible file; best first.
const COMPRESSED_SUFFIX: Readonly<Record<string, string>> = { br: '.br', gzip: '.gz' }
const ENCODINGS = Object.keys(COMPRESSED_SUFFIX)

/**
 * Serves the built React app (dist/web). A path with a file extension, and
 * anything under /assets/, is a file: served (pre-compressed when the client
 * accepts it) or answered 404. Any other path is a client-side route, such as
 * /patients, and gets index.html so it survives a reload.
 */
export function webApp(webRoot: string) {
  const root = path.resolve(webRoot)
  const indexFile = path.join(root, 'index.html')
  return new Hono<AppEnv>().get('*', async (c) => {
    const requestPath = c.req.path
    const isAsset = requestPath === '/assets' || requestPath.startsWith('/assets/')
    if (isAsset || path.posix.extname(requestPath) !== '') {
      const file = fileFor(root, requestPath)
      const response = file && (await sendFile(c, file, isAsset))
      if (response) return response
      // Not the app page with a year-long cache: a missing script must fail visibly, and
      // must not be remembered once a deploy brings the file.
      c.header('Cache-Control', 'no-store')
      return errorResponse(c, new AppError('not_found', 'request.no_such_file'))
    }
    if (!existsSync(indexFile)) {
      return c.text('The web app is not built yet: run `npm run build:web`.', 503)
    }
    c.header('Cache-Control', 'no-cache')
    return c.html(await readFile(indexFile, 'utf8'))
  })
}

/**
 * The file a request path names inside the web root, or undefined. Built file
 * names never need escaping or start with a dot, so anything else (`..`, `%2e`,
 * the build stamp) is refused rather than interpreted.
 */
function fileFor(root: string, requestPath: string): string | undefined {
  const segments = requestPath.split('/').slice(1)
  const isPlain = segments.every((segment) => /^[\w-][\w.-]*$/.test(segment))
  return isPlain ? path.join(root, ...segments) : undefined
}

async function sendFile(c: Context<AppEnv>, file: string, isAsset: boolean) {
  const found = await stat(file).catch(() => undefined)
  if (!found?.isFile()) return undefined
  c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream')
  // The answer depends on Accept-Encoding even when it is the plain file.
  c.header('Vary', 'Accept-Encoding')
  c.header('Last-Modified', found.mtime.toUTCString())
  if (isAsset) c.header('Cache-Control', IMMUTABLE)
  const encoding = preferredEncoding(c.req.header('Accept-Encoding'), ENCODINGS)
  const compressed = encoding && (await readIfPresent(`${file}${COMPRESSED_SUFFIX[encoding]}`))
  if (encoding && compressed) {
    c.header('Content-Encoding', encoding)
    return c.body(compressed, 200)
  }
  const plain = await readIfPresent(file)
  return plain && c.body(plain, 200)
}

/**
 * Whole-file reads: the largest asset is well under a megabyte, and a read
 * that finds the file gone (a rebuild in progress) becomes a clean 404.
 */
async function readIfPresent(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    const contents = await readFile(file)
    return new Uint8Array(contents.buffer as ArrayBuffer, contents.byteOffset, contents.length)
  } catch {
    return undefined
  }
}
