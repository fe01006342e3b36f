import { type Browser, chromium, type Page } from 'playwright-core'

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
// the bundle runs under the server's Content-Security-Policy.
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  return errors
}
