import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { AppEnv } from './app-env.ts'

/**
 * Serves the built React app (Vite output) and falls back to index.html for
 * any other path, so client-side routes such as /patients survive a reload.
 */
export function webApp(webRoot: string) {
  const indexFile = path.join(webRoot, 'index.html')
  const relativeRoot = path.relative(process.cwd(), webRoot) || '.'
  return new Hono<AppEnv>()
    .use('/assets/*', async (c, next) => {
      await next()
      // Vite fingerprints asset names, so they can be cached for good.
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
    })
    .use('*', serveStatic({ root: relativeRoot }))
    .get('*', async (c) => {
      if (!existsSync(indexFile)) {
        return c.text('The web app is not built yet: run `npm run build:web`.', 503)
      }
      c.header('Cache-Control', 'no-cache')
      return c.html(await readFile(indexFile, 'utf8'))
    })
}
