import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatDate } from '../shared/format/index.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors } from './browser.ts'
import { type Account, newOwner, signUpThroughApi, signUpThroughForm } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'

// A reception desk screen; the layout must fit without horizontal scrolling.
const receptionViewport = { width: 1366, height: 768 }
// The tablet at the dental chair, held upright.
const tabletViewport = { width: 768, height: 1024 }

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>

describe('web shell', () => {
  const e2e = useNiramayaInChromium()
  let owner: Account | undefined
  let ownerSession: StorageState | undefined

  beforeAll(async () => {
    // One clinic for the signed-in checks; its cookies are copied into each test's context.
    const setup = await e2e.newContext()
    owner = await signUpThroughApi(setup, e2e.serverUrl)
    ownerSession = await setup.storageState()
    await setup.close()
  })

  async function open(
    pathname: string,
    options: {
      bypassCSP?: boolean
      isSignedIn?: boolean
      viewport?: typeof receptionViewport
    } = {},
  ) {
    const { isSignedIn = true, bypassCSP = false, viewport = receptionViewport } = options
    const context = await e2e.newContext({
      viewport,
      bypassCSP,
      ...(isSignedIn ? { storageState: ownerSession } : {}),
    })
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}${pathname}`)
    return { page, errors }
  }

  function healthRegion(page: Page) {
    return page.getByRole('region', { name: 'System status' })
  }

  async function expectNoHorizontalScroll(page: Page) {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0)
  }

  it('sends visitors who are not signed in to the sign-in page', async () => {
    const { page, errors } = await open('/billing', { isSignedIn: false })

    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/login')
    expect(await page.getByRole('navigation', { name: 'Modules' }).count()).toBe(0)
    await page.getByRole('link', { name: 'Create a clinic account' }).waitFor()
    await page.getByRole('link', { name: 'Development outbox' }).waitFor()
    await expectNoHorizontalScroll(page)
    expect(errors).toEqual([])
  })

  it('signs up a clinic through the form and signs out again', async () => {
    const { page, errors } = await open('/signup', { isSignedIn: false })
    await page.getByRole('button', { name: 'Create clinic account' }).click()
    await page.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor()
    // The first invalid field receives focus, so keyboard users start where the problem is.
    expect(
      await page.getByLabel('Clinic name').evaluate((input) => input === document.activeElement),
    ).toBe(true)

    const newcomer = { ...newOwner(), clinicName: 'Lotus Smiles' }
    await signUpThroughForm(page, newcomer)
    expect(await page.getByRole('banner').textContent()).toContain('Lotus Smiles')

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
    await page.goto(`${e2e.serverUrl}/staff`)
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
    expect(errors).toEqual([])
  })

  it('renders header, navigation, heading, date and a healthy database', async () => {
    const before = formatDate(new Date())
    const { page, errors } = await open('/')

    await page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
    const banner = await page.getByRole('banner').textContent()
    for (const text of ['Niramaya', owner?.clinicName ?? '?', owner?.fullName ?? '?', 'Owner']) {
      expect(banner).toContain(text)
    }
    await page.getByRole('button', { name: 'Sign out' }).waitFor()
    const nav = page.getByRole('navigation', { name: 'Modules' })
    for (const label of ['Dashboard', 'Patients', 'Billing', 'Staff', 'Audit log', 'Settings']) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor()
    }
    expect(await page.getByRole('main').isVisible()).toBe(true)
    const lead = await page.getByText(/^Today is /).textContent()
    expect([`Today is ${before}`, `Today is ${formatDate(new Date())}`]).toContain(lead)

    await healthRegion(page).getByText('Connected', { exact: true }).waitFor()
    expect(await healthRegion(page).textContent()).toContain('Working normally')
    await expectNoHorizontalScroll(page)
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
    await nav.getByRole('link', { name: 'स्टाफ़', exact: true }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')
    expect(await page.getByRole('banner').textContent()).toContain('मालिक')

    await page.reload()
    await nav.getByRole('link', { name: 'बिलिंग', exact: true }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('hi')
    expect(await page.getByLabel('भाषा').inputValue()).toBe('hi')
    expect(errors).toEqual([])
  })

  it('opens a module that is not built yet and says so plainly', async () => {
    const { page, errors } = await open('/')

    const reportsLink = page.getByRole('navigation').getByRole('link', { name: 'Reports' })
    await reportsLink.click()
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/reports')
    expect(await reportsLink.getAttribute('aria-current')).toBe('page')
    await page.getByText('Coming soon', { exact: true }).waitFor()

    // A direct load of a client-side route relies on the server's SPA fallback.
    await page.goto(`${e2e.serverUrl}/appointments`)
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor()
    expect(errors).toEqual([])
  })

  it('has no serious or critical accessibility violations on public pages', async () => {
    const { page: login } = await open('/login', { bypassCSP: true, isSignedIn: false })
    await login.getByRole('link', { name: 'Development outbox' }).waitFor()
    expect(await findSeriousAxeViolations(login)).toEqual([])

    // An error state too: the alert, invalid fields and their messages.
    await login.getByRole('button', { name: 'Sign in' }).click()
    await login.getByRole('alert').waitFor()
    expect(await findSeriousAxeViolations(login)).toEqual([])

    const { page: signup } = await open('/signup', { bypassCSP: true, isSignedIn: false })
    await signup.getByRole('heading', { level: 1, name: 'Create your clinic account' }).waitFor()
    expect(await findSeriousAxeViolations(signup)).toEqual([])
    await signup.getByLabel('Language').selectOption('hi')
    await signup.getByRole('heading', { level: 1, name: 'अपना क्लिनिक खाता बनाएँ' }).waitFor()
    expect(await findSeriousAxeViolations(signup)).toEqual([])

    const { page: outbox } = await open('/dev/outbox', { bypassCSP: true, isSignedIn: false })
    await outbox.getByRole('heading', { level: 1, name: 'Development outbox' }).waitFor()
    // Nothing has been emailed in this file: the page says so.
    await outbox.getByText('No emails yet.').waitFor()
    expect(await findSeriousAxeViolations(outbox)).toEqual([])
  })

  it('has no serious or critical accessibility violations on signed-in pages', async () => {
    const { page: home } = await open('/', { bypassCSP: true })
    await healthRegion(home).getByText('Connected', { exact: true }).waitFor()
    expect(await findSeriousAxeViolations(home)).toEqual([])

    const { page: module } = await open('/clinical', { bypassCSP: true })
    await module.getByRole('heading', { level: 1, name: 'Clinical' }).waitFor()
    expect(await findSeriousAxeViolations(module)).toEqual([])
    await module.getByLabel('Language').selectOption('hi')
    await module.getByRole('heading', { level: 1, name: 'क्लिनिकल' }).waitFor()
    expect(await findSeriousAxeViolations(module)).toEqual([])

    const { page: staff } = await open('/staff', { bypassCSP: true })
    await staff.getByRole('table').first().waitFor()
    await staff.getByRole('button', { name: 'Send invitation' }).click()
    await staff.getByRole('alert').waitFor()
    expect(await findSeriousAxeViolations(staff)).toEqual([])

    const { page: audit } = await open('/audit', { bypassCSP: true })
    await audit.getByRole('button', { name: 'Details' }).first().click()
    await audit.getByRole('button', { name: 'Check chain' }).click()
    await audit.getByText(/The audit chain is intact/).waitFor()
    expect(await findSeriousAxeViolations(audit)).toEqual([])

    const { page: profile } = await open('/profile', { bypassCSP: true })
    await profile.getByRole('table').waitFor()
    expect(await findSeriousAxeViolations(profile)).toEqual([])

    const { page: settings } = await open('/settings', { bypassCSP: true })
    await settings.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    expect(await findSeriousAxeViolations(settings)).toEqual([])
  })

  it('fits the main screens into a reception desk screen and a tablet', async () => {
    const screens = [
      ['/staff', 'Staff'],
      ['/audit', 'Audit log'],
      ['/profile', 'My profile'],
    ] as const
    for (const viewport of [receptionViewport, tabletViewport]) {
      for (const [pathname, heading] of screens) {
        const { page, errors } = await open(pathname, { viewport })
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        await page.getByRole('table').first().waitFor()
        await expectNoHorizontalScroll(page)
        expect(errors).toEqual([])
      }
    }
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
