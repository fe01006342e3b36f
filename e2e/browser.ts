import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

// playwright-core ships no browser; we drive the system Chromium (override with CHROMIUM_PATH).
// The flags keep it headless, quiet and offline-friendly in containers and CI.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

// Console errors include CSP violations and failed requests, so "no console errors" also proves
// the bundle runs under the server's Content-Security-Policy. A failed request's message does not
// name the URL, so the location is appended: tests can then excuse one request precisely.
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url } = message.location()
    errors.push(`console: ${message.text()}${url ? ` at ${url}` : ''}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  return errors
}

export interface ExpectedFailure {
  status: number
  /** The request's path, e.g. /api/v1/staff (matched exactly, query string ignored). */
  path: string
}

/** The errors left after removing failed-request messages the test itself caused on purpose. */
export function unexpectedErrors(errors: string[], expected: ExpectedFailure[]): string[] {
  return errors.filter((error) => {
    const match = /^console: Failed to load resource: .*status of (\d{3}) .* at (\S+)$/.exec(error)
    if (!match) return true
    const status = Number(match[1])
    const path = new URL(match[2] ?? '').pathname
    return !expected.some((failure) => failure.status === status && failure.path === path)
  })
}

/**
 * Collects into `into` the contract failures (web/src/lib/response-check.ts logs each as a
 * console error naming the request and field) of every page the context opens.
 */
export function watchContractErrors(context: BrowserContext, into: string[]): void {
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes(CONTRACT_ERROR)) {
        into.push(message.text())
      }
    })
  })
}

// The name ApiContractError gives itself; it starts every message it logs.
const CONTRACT_ERROR = 'ApiContractError'
