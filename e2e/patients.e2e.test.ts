import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import {
  errorOf,
  isFocused,
  joinThroughApi,
  meena,
  meenakshi,
  registerThroughApi,
} from './patient-desk.ts'

// A reception desk screen, and the tablet at the dental chair held upright.
const receptionViewport = { width: 1366, height: 768 }
const tabletViewport = { width: 768, height: 1024 }
// Set SCREENSHOT_DIR to keep pictures of the screens for a human to look at.
const screenshotDir = process.env.SCREENSHOT_DIR

const aadhaarRefusal =
  'Must be only the last 4 digits: a full Aadhaar number is never stored (Aadhaar Act 2016, s.29)'

describe('patients', () => {
  const e2e = useNiramayaInChromium()

  function url(pathname: string): string {
    return e2e.url(pathname)
  }

  /**
   * The owner of a new clinic at the reception computer. bypassCSP lets the accessibility
   * checker inject its script; every request the page sends is kept for inspection.
   */
  async function newClinicDesk(viewport = receptionViewport) {
    const context = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(context, e2e.serverUrl)
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    const requests: { method: string; url: string; body: string | null }[] = []
    page.on('request', (request) => {
      requests.push({ method: request.method(), url: request.url(), body: request.postData() })
    })
    return { context, page, errors, requests }
  }

  const register = (context: BrowserContext, body: object) =>
    registerThroughApi(context, url(''), body)

  /** A new member of the owner's clinic, invited and signed in in a browser of their own. */
  async function joinAs(owner: BrowserContext, role: string) {
    const context = await e2e.newContext({ viewport: receptionViewport, bypassCSP: true })
    await joinThroughApi(owner, context, url(''), role)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }

  async function keepScreenshot(page: Page, name: string, fullPage = false) {
    if (!screenshotDir) return
    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage })
  }

  async function expectNoHorizontalScroll(page: Page) {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0)
  }

  it('registers a patient from the keyboard, finds them by phone and edits the city', async () => {
    const { page, errors, requests } = await newClinicDesk()
    await page.goto(url('/'))
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Patients' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor()
    await page.getByText('Start typing to find a patient.', { exact: false }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByRole('link', { name: 'Register patient' }).click()
    await page.getByRole('heading', { level: 1, name: 'Register a patient' }).waitFor()
    expect(await isFocused(page, 'Full name')).toBe(true)
    const keyboard = page.keyboard
    await keyboard.type('Priya Sharma')
    await keyboard.press('Tab')
    expect(await isFocused(page, 'Date of birth')).toBe(true)
    await keyboard.type('12041990')
    await keyboard.press('Tab') // the "Only the age is known" switch
    await keyboard.press('Tab') // into the sex radio group, on its first option
    await keyboard.press('Space')
    expect(await page.getByRole('radio', { name: 'Female' }).isChecked()).toBe(true)
    // Leaving the date field showed how it was understood.
    expect(await page.getByLabel('Date of birth', { exact: true }).inputValue()).toBe('12/04/1990')
    await keyboard.press('Tab')
    expect(await isFocused(page, 'Mobile number (optional)')).toBe(true)
    await keyboard.type('9876543210')
    await page.getByText('Will be saved as +91 98765 43210.').waitFor()
    await keyboard.press('Tab')
    await keyboard.type('priya@example.in')
    await keyboard.press('Tab')
    // A closed select chooses by typing the start of an option.
    await keyboard.type('Hindi')
    expect(await page.getByLabel('Preferred language').inputValue()).toBe('hi')
    await keyboard.press('Tab')
    await keyboard.type('12 MG Road')
    await keyboard.press('Tab')
    await keyboard.press('Tab')
    await keyboard.type('Bengaluru')
    await keyboard.press('Tab')
    // The clinic's own state is offered.
    expect(await page.getByLabel('State or union territory').inputValue()).toBe('29')
    await keyboard.press('Tab')
    await keyboard.type('560001')
    await keyboard.press('Enter')

    await page.getByRole('heading', { level: 1, name: 'Priya Sharma' }).waitFor()
    await page.getByRole('status').getByText('Patient registered as P-000001.').waitFor()
    const header = await page.locator('.patient-header').textContent()
    for (const text of ['P-000001', 'Female', '+91 98765 43210', 'years']) {
      expect(header).toContain(text)
    }
    const details = page.getByRole('region', { name: 'Details' })
    for (const text of ['12/04/1990', 'Bengaluru', 'Karnataka', '560001', 'Hindi (हिन्दी)']) {
      await details.getByText(text, { exact: true }).waitFor()
    }
    expect(new URL(page.url()).pathname).toMatch(/^\/patients\/[0-9a-f-]{36}$/)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Back on the list, the number typed another way finds her; arrows and Enter open her.
    await page.getByRole('link', { name: 'All patients' }).click()
    const search = page.getByRole('combobox', { name: 'Find a patient' })
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true)
    await keyboard.type('098765 43210')
    const result = page.getByRole('option', { name: /Priya Sharma/ })
    await result.waitFor()
    expect(await result.textContent()).toContain('+91 98765 43210')
    expect(await result.textContent()).toContain('P-000001')
    await page.getByRole('status').getByText('1 patient found.', { exact: false }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await keyboard.press('ArrowDown')
    expect(await result.getAttribute('aria-selected')).toBe('true')
    await keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Priya Sharma' }).waitFor()

    await page.getByRole('button', { name: 'Edit details' }).click()
    await page.getByRole('heading', { level: 2, name: 'Edit details' }).waitFor()
    expect(await isFocused(page, 'Full name')).toBe(true)
    const city = page.getByLabel('City, town or village (optional)')
    expect(await city.inputValue()).toBe('Bengaluru')
    await city.fill('Mysuru')
    await city.press('Enter')
    await page.getByRole('status').getByText('Changes saved.').waitFor()
    await details.getByText('Mysuru', { exact: true }).waitFor()
    expect(
      await page.getByRole('button', { name: 'Edit details' }).evaluate((button) => {
        return button === document.activeElement
      }),
    ).toBe(true)
    // Only the address changed, and the server replaces it whole, so the whole address went.
    const patch = requests.find((request) => request.method === 'PATCH')
    expect(JSON.parse(patch?.body ?? '{}')).toEqual({
      address: { line1: '12 MG Road', city: 'Mysuru', state: '29', pinCode: '560001' },
    })
    await page.reload()
    await details.getByText('Mysuru', { exact: true }).waitFor()
    expect(await details.getByText('12 MG Road', { exact: true }).count()).toBe(1)

    // Names and numbers travelled in request bodies, never in an address.
    for (const request of requests) {
      expect(request.url).not.toMatch(/98765|Priya|Sharma/i)
    }
    expect(errors).toEqual([])
  })

  it('warns about a possible duplicate while typing and again after registering', async () => {
    const { context, page, errors } = await newClinicDesk()
    const existing = await register(context, {
      fullName: 'Priya Sharma',
      dateOfBirth: '1990-04-12',
      sex: 'female',
      phone: '9876543210',
    })
    await page.goto(url('/patients/new'))
    await page.getByLabel('Full name', { exact: true }).fill('Rahul Sharma')
    await page.getByRole('button', { name: 'Only the age is known' }).click()
    expect(await isFocused(page, 'Age in years')).toBe(true)
    await page.keyboard.type('42')
    await page.getByRole('radio', { name: 'Male', exact: true }).check()
    await page.getByLabel('Mobile number (optional)').fill('+91 98765-43210')

    const warning = page.getByRole('region', { name: 'Possible existing patient' })
    const link = warning.getByRole('link', { name: 'Priya Sharma' })
    await link.waitFor()
    expect(await link.getAttribute('href')).toBe(`/patients/${existing.id}`)
    expect(await warning.textContent()).toContain(existing.patientNumber)
    // It warns; it does not stop the registration.
    await page.getByRole('button', { name: 'Register patient' }).click()

    await page.getByRole('heading', { level: 1, name: 'Rahul Sharma' }).waitFor()
    await page.getByRole('status').getByText('Patient registered as P-000002.').waitFor()
    const after = page.getByRole('region', { name: 'Possible existing patient' })
    await after.getByRole('link', { name: 'Priya Sharma' }).waitFor()
    expect(await page.getByRole('region', { name: 'Details' }).textContent()).toContain(
      '(estimated from the age)',
    )

    // Following the link opens the other record, without the warning.
    await after.getByRole('link', { name: 'Priya Sharma' }).click()
    await page.getByRole('heading', { level: 1, name: 'Priya Sharma' }).waitFor()
    expect(await page.getByRole('region', { name: /Possible existing/ }).count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('asks for a guardian for a child and refuses a full Aadhaar number', async () => {
    const { page, errors } = await newClinicDesk()
    await page.goto(url('/patients/new'))
    await page.getByRole('heading', { level: 1, name: 'Register a patient' }).waitFor()
    await page.getByRole('button', { name: 'Register patient' }).click()
    await page.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor()
    expect(await isFocused(page, 'Full name')).toBe(true)
    expect(await errorOf(page, 'Date of birth')).toContain('Enter the date of birth')
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByLabel('Full name', { exact: true }).fill('Aarav Nair')
    await page.getByRole('button', { name: 'Only the age is known' }).click()
    await page.keyboard.type('9')
    await page.getByRole('radio', { name: 'Male', exact: true }).check()
    const guardian = page.getByRole('group', { name: 'Parent or guardian' })
    await guardian.getByText('Required because the patient is under 18', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Register patient' }).click()
    expect(await errorOf(page, 'Guardian’s full name')).toBe('This field is required')
    expect(await isFocused(page, 'Guardian’s full name')).toBe(true)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByLabel('Guardian’s full name').fill('Lakshmi Nair')
    await guardian.getByLabel('Relation to the patient').fill('mother')
    await page.getByLabel('Guardian’s mobile number').fill('9123456780')
    await page.getByLabel('The guardian was identified as an adult').check()
    await page.getByLabel('Aadhaar: last 4 digits (optional)').fill('2345 6789 0123')
    await page.getByRole('button', { name: 'Register patient' }).click()

    // The server's refusal, which says why, stands under the field, and the focus moves there.
    await page.getByText(aadhaarRefusal).waitFor()
    expect(await errorOf(page, 'Aadhaar: last 4 digits (optional)')).toBe(aadhaarRefusal)
    expect(await isFocused(page, 'Aadhaar: last 4 digits (optional)')).toBe(true)
    await keepScreenshot(page, 'form-aadhaar-refused-1366x768')
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByLabel('Aadhaar: last 4 digits (optional)').fill('0123')
    await page.getByRole('button', { name: 'Register patient' }).click()
    await page.getByRole('heading', { level: 1, name: 'Aarav Nair' }).waitFor()
    const details = page.getByRole('region', { name: 'Details' })
    await details.getByText('XXXX XXXX 0123', { exact: true }).waitFor()
    await details.getByText('Lakshmi Nair', { exact: true }).waitFor()
    // Only the refusal the test asked for.
    expect(unexpectedErrors(errors, [{ status: 400, path: '/api/v1/patients' }])).toEqual([])
    expect(errors).toHaveLength(1)
  })

  it('shows patients only to roles that may see them, and editing only to those who may edit', async () => {
    const { context } = await newClinicDesk()
    const patient = await register(context, {
      fullName: 'Kavya Reddy',
      dateOfBirth: '1995-07-21',
      sex: 'female',
    })

    const accountant = await joinAs(context, 'accountant')
    await accountant.page.goto(url('/'))
    const nav = accountant.page.getByRole('navigation', { name: 'Modules' })
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor()
    expect(await nav.getByRole('link', { name: 'Patients' }).count()).toBe(0)
    for (const pathname of ['/patients', '/patients/new', `/patients/${patient.id}`]) {
      await accountant.page.goto(url(pathname))
      await accountant.page
        .getByText('This page is not available for your role (Accountant).', { exact: false })
        .waitFor()
    }
    expect(await accountant.page.getByText('Kavya Reddy').count()).toBe(0)
    expect(accountant.errors).toEqual([])

    // An assistant reads patients but does not register or change them.
    const assistant = await joinAs(context, 'assistant')
    await assistant.page.goto(url('/patients'))
    await assistant.page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor()
    expect(await assistant.page.getByRole('link', { name: 'Register patient' }).count()).toBe(0)
    await assistant.page.keyboard.type('Kavya')
    await assistant.page.getByRole('option', { name: /Kavya Reddy/ }).click()
    await assistant.page.getByRole('heading', { level: 1, name: 'Kavya Reddy' }).waitFor()
    await assistant.page.getByRole('region', { name: 'Details' }).waitFor()
    expect(await assistant.page.getByRole('button', { name: 'Edit details' }).count()).toBe(0)
    expect(assistant.errors).toEqual([])
  })

  it('fits the list, the form and a patient into a reception screen and a tablet', async () => {
    for (const viewport of [receptionViewport, tabletViewport]) {
      const { context, page, errors } = await newClinicDesk(viewport)
      const patient = await register(context, meenakshi)
      await register(context, meena)
      const name = `${viewport.width}x${viewport.height}`
      const shoot = async (screen: string, fullPage = false) => {
        await expectNoHorizontalScroll(page)
        await keepScreenshot(page, `${screen}-${name}`, fullPage)
      }

      await page.goto(url('/patients'))
      await page.getByText('Start typing to find a patient.', { exact: false }).waitFor()
      await shoot('list-empty')
      await page.keyboard.type('meena')
      await page.getByRole('option', { name: /Meena Sharma/ }).waitFor()
      await page.getByRole('option', { name: /Meenakshi Subramanian/ }).waitFor()
      await page.keyboard.press('ArrowDown')
      await shoot('list-results')

      await page.goto(url('/patients/new'))
      await page.getByLabel('Full name', { exact: true }).fill('Meenakshi S')
      await page.getByLabel('Date of birth', { exact: true }).fill('02/11/1984')
      await page.getByRole('region', { name: 'Possible existing patient' }).waitFor()
      await shoot('form-duplicate')
      await page.getByLabel('Date of birth', { exact: true }).fill('02/11/2015')
      await page.getByRole('button', { name: 'Register patient' }).click()
      await page.getByRole('alert').waitFor()
      await shoot('form-errors')
      await shoot('form-full', true)

      await page.goto(url(`/patients/${patient.id}`))
      await page.getByRole('heading', { level: 1, name: 'Meenakshi Subramanian' }).waitFor()
      await shoot('patient')
      await shoot('patient-full', true)
      await page.getByRole('button', { name: 'Edit details' }).click()
      await page.getByRole('heading', { level: 2, name: 'Edit details' }).waitFor()
      await shoot('patient-edit')

      // Hindi labels are longer; the screens must still fit and read well.
      await page.goto(url('/patients/new'))
      await page.getByLabel('Language', { exact: true }).selectOption('hi')
      await page.getByRole('heading', { level: 1, name: 'मरीज़ का पंजीकरण' }).waitFor()
      await page.getByRole('button', { name: 'पंजीकरण करें' }).click()
      await page.getByRole('alert').getByText('कृपया चिह्नित जानकारी ठीक करें।').waitFor()
      await shoot('form-hindi')
      expect(await findSeriousAxeViolations(page)).toEqual([])
      await page.goto(url(`/patients/${patient.id}`))
      await page.getByRole('heading', { level: 2, name: 'विवरण' }).waitFor()
      await shoot('patient-hindi')
      expect(errors).toEqual([])
    }
  })
})
