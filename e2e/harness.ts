import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { type RunningNiramaya, startNiramaya } from '../server/start.ts'
import { launchBrowser } from './browser.ts'

const webIndex = path.resolve(import.meta.dirname, '../dist/web/index.html')

export interface E2e {
  /** The running server's address, e.g. http://127.0.0.1:41234. */
  readonly serverUrl: string
  url(pathname: string): string
  /** A fresh browser profile (its own cookies, as if on another computer), closed after each test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
}

/**
 * Call once inside a describe block: starts the whole product on a free port
 * with a fresh data folder (or DATABASE_URL) and one Chromium for the block,
 * and cleans both up afterwards.
 */
export function useNiramayaInChromium(): E2e {
  let server: RunningNiramaya | undefined
  let browser: Browser | undefined
  let dataDir: string | undefined
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    if (!existsSync(webIndex)) {
      throw new Error('dist/web is not built: run `npx vite build` (npm run test:e2e does it)')
    }
    dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-e2e-'))
    server = await startNiramaya({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: process.env.DATABASE_URL,
      logLevel: 'warn',
    })
    browser = await launchBrowser()
  })

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  const started = () => {
    if (!server || !browser) throw new Error('the server or the browser did not start')
    return { server, browser }
  }
  return {
    get serverUrl() {
      return started().server.url
    },
    url: (pathname) => `${started().server.url}${pathname}`,
    newContext: async (options = {}) => {
      const context = await started().browser.newContext(options)
      contexts.push(context)
      return context
    },
  }
}
