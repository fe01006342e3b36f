import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNiramaya, startNiramaya } from '../server/start.ts'
import { formatDate } from '../shared/format/index.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, launchBrowser } from './browser.ts'

// A reception desk screen; the layout must fit without horizontal scrolling.
const receptionViewport = { width: 1366, height: 768 }
const webIndex = path.resolve(import.meta.dirname, '../dist/web/index.html')

describe('web shell', () => {
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

  async function open(pathname: string, options: { bypassCSP?: boolean } = {}) {
    if (!browser || !server) throw new Error('server or browser did not start')
    const context = await browser.newContext({ viewport: receptionViewport, ...options })
    contexts.push(context)
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${server.url}${pathname}`)
    return { page, errors }
  }

  function healthRegion(page: Page) {
    return page.getByRole('region', { name: 'System status' })
  }

  it('renders header, navigation, heading, date and a healthy database', async () => {
    const before = formatDate(new Date())
    const { page, errors } = await open('/')

    await page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
    expect(await page.getByRole('banner').textContent()).toContain('Niramaya')
    const nav = page.getByRole('navigation', { name: 'Modules' })
    for (const label of ['Dashboard', 'Patients', 'Appointments', 'Billing', 'Settings']) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor()
    }
    expect(await page.getByRole('main').isVisible()).toBe(true)
    const lead = await page.getByText(/^Today is /).textContent()
    expect([`Today is ${before}`, `Today is ${formatDate(new Date())}`]).toContain(lead)

    await healthRegion(page).getByText('Connected', { exact: true }).waitFor()
    expect(await healthRegion(page).textContent()).toContain('Working normally')

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(receptionViewport.width)
    expect(errors).toEqual([])
  })

  it('offers a skip link as the first keyboard stop', async () => {
    const { page, errors } = await open('/')
    await page.getByRole('heading', { level: 1 }).waitFor()

    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: 'Skip to main content' })
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true)
    expect(await skipLink.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(errors).toEqual([])
  })

  it('switches to Hindi, sets <html lang> and remembers the choice', async () => {
    const { page, errors } = await open('/')

    await page.getByLabel('Language').selectOption('hi')
    const nav = page.getByRole('navigation', { name: 'मॉड्यूल' })
    await nav.getByRole('link', { name: 'मरीज़', exact: true }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')

    await page.reload()
    await nav.getByRole('link', { name: 'बिलिंग', exact: true }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')
    expect(await page.getByLabel('भाषा').inputValue()).toBe('hi')
    expect(errors).toEqual([])
  })

  it('opens a module that is not built yet and says so plainly', async () => {
    const { page, errors } = await open('/')

    const billingLink = page.getByRole('navigation').getByRole('link', { name: 'Billing' })
    await billingLink.click()
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/billing')
    expect(await billingLink.getAttribute('aria-current')).toBe('page')
    await page.getByText('Coming soon', { exact: true }).waitFor()

    // A direct load of a client-side route relies on the server's SPA fallback.
    await page.goto(`${server?.url}/appointments`)
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor()
    expect(errors).toEqual([])
  })

  it('has no serious or critical accessibility violations', async () => {
    const { page: home } = await open('/', { bypassCSP: true })
    await healthRegion(home).getByText('Connected', { exact: true }).waitFor()
    expect(await findSeriousAxeViolations(home)).toEqual([])

    const { page: module } = await open('/clinical', { bypassCSP: true })
    await module.getByRole('heading', { level: 1, name: 'Clinical' }).waitFor()
    expect(await findSeriousAxeViolations(module)).toEqual([])

    await module.getByLabel('Language').selectOption('hi')
    await module.getByRole('heading', { level: 1, name: 'क्लिनिकल' }).waitFor()
    expect(await findSeriousAxeViolations(module)).toEqual([])
  })

  it('serves the API reference at /api/docs', async () => {
    const { page, errors } = await open('/')
    await page.getByRole('link', { name: 'API reference' }).click()

    const title = page.locator('.swagger-ui .info .title')
    const healthOperation = page.locator('[data-path="/api/v1/health"]')
    await title.or(healthOperation).first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/api/docs')
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
  })
})
