import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { type RunningNiramaya, startNiramaya } from '../server/start.ts'
import { launchBrowser, watchContractErrors } from './browser.ts'
import { cloneTemplate, dropClone } from './databases.ts'

// The test build (npm run build:web-test): the production app with every API answer checked
// against its shared contract, so a server and screen that drift apart fail here.
// E2E_WEB_ROOT points at another test build, so two people can build and run side by side.
const webRoot = path.resolve(import.meta.dirname, '..', process.env.E2E_WEB_ROOT ?? 'dist/web-test')

export interface E2e {
  /** The running server's address, e.g. http://127.0.0.1:41234. */
  readonly serverUrl: string
  url(pathname: string): string
  /** The server's data folder: the local WhatsApp outbox keeps each message there as a file. */
  readonly dataDir: string
  /** A fresh browser profile (its own cookies, as if on another computer), closed after each test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
}

/**
 * Call once inside a describe block: starts the whole product on a free port
 * with a fresh data folder (with DATABASE_URL, a fresh database on that server) and one
 * Chromium for the block, and cleans both up afterwards.
 */
export function useNiramayaInChromium(): E2e {
  let server: RunningNiramaya | undefined
  let browser: Browser | undefined
  let dataDir: string | undefined
  // With DATABASE_URL: this file's database, cloned on that server.
  const databaseUrl = process.env.DATABASE_URL
  let cloneUrl: string | undefined
  const contexts: BrowserContext[] = []
  const contractErrors: string[] = []

  beforeAll(async () => {
    if (!existsSync(path.join(webRoot, 'index.html'))) {
      throw new Error(
        'dist/web-test is not built: run `npm run build:web-test` (npm run test:e2e does it)',
      )
    }
    dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-e2e-'))
    // A copy of a data folder (or on PostgreSQL, of a database) the product has started in
    // once (e2e/global-setup.ts).
    if (databaseUrl) cloneUrl = await cloneTemplate(databaseUrl)
    else cpSync(inject('e2eDataTemplate'), dataDir, { recursive: true })
    server = await startNiramaya({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: cloneUrl,
      logLevel: 'warn',
      webRoot,
    })
    browser = await launchBrowser()
  })

  // Every page of every test, whether or not the test collects console errors: an answer that
  // does not match its contract fails the test that saw it.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
    const seen = contractErrors.splice(0)
    if (seen.length > 0) throw new Error(`API answers broke their contracts:\n${seen.join('\n')}`)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
    if (databaseUrl && cloneUrl) await dropClone(databaseUrl, cloneUrl)
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
    get dataDir() {
      if (!dataDir) throw new Error('the data folder was not made')
      return dataDir
    },
    newContext: async (options = {}) => {
      const context = await started().browser.newContext(options)
      contexts.push(context)
      watchContractErrors(context, contractErrors)
      return context
    },
  }
}
