import type { Locator } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'

/** The text of the error an input points to with aria-describedby. */
function errorOf(input: Locator): Promise<string> {
  return input.evaluate((element) => {
    const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = ids.find((id) => id.endsWith('-error'))
    return (error && document.getElementById(error)?.textContent) || ''
  })
}

describe('the letterhead in Settings', () => {
  const e2e = useNiramayaInChromium()

  it('the owner fixes a mistyped PIN code, saves the letterhead and uploads a logo; the GSTIN is changed in Tax and numbering', async () => {
    const context = await e2e.newContext({
      viewport: { width: 1366, height: 900 },
      bypassCSP: true,
    })
    await signUpThroughApi(context, e2e.serverUrl)
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url('/settings'))
    await page.getByRole('heading', { level: 2, name: en['letterhead.heading'] }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByLabel(en['letterhead.addressLine1']).fill('12, MG Road')
    await page.getByLabel(en['letterhead.city']).fill('Pune')
    await page.getByLabel(en['letterhead.state']).selectOption({ label: 'Maharashtra' })
    const pin = page.getByLabel(en['letterhead.pinCode'])
    await pin.fill('041100')
    await page.getByLabel(en['letterhead.phone']).fill('+91 20 2612 3456')
    await page.getByRole('button', { name: en['letterhead.save'] }).click()
    await expect.poll(() => errorOf(pin)).toContain(en['reason.clinic.pin_code'])
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await pin.fill('411001')
    await page.getByRole('button', { name: en['letterhead.save'] }).click()
    await page.getByRole('status').getByText(en['letterhead.saved']).waitFor()
    // The GSTIN and legal name have one place, Tax and numbering, which admins use too.
    expect(await page.getByLabel('GSTIN', { exact: true }).count()).toBe(0)
    await page.getByText(en['letterhead.taxNotRegistered']).waitFor()
    await page.getByRole('link', { name: en['letterhead.taxLink'] }).click()
    await page.getByRole('heading', { level: 1, name: en['tax.title'] }).waitFor()
    await page.goBack()
    await page.getByRole('heading', { level: 2, name: en['letterhead.heading'] }).waitFor()

    const png = await sharp({
      create: { width: 120, height: 60, channels: 3, background: { r: 20, g: 110, b: 160 } },
    })
      .png()
      .toBuffer()
    await page
      .getByLabel(en['letterhead.logoFile'])
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png })
    await page.getByRole('button', { name: en['letterhead.uploadLogo'] }).click()
    await page.getByRole('status').getByText(en['letterhead.logoSaved']).waitFor()
    const logo = page.getByRole('img', { name: en['letterhead.logoAlt'] })
    await expect
      .poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(120)

    // A PDF is not a logo, whatever it is called.
    await page.getByLabel(en['letterhead.logoFile']).setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    })
    await page.getByRole('button', { name: en['letterhead.uploadLogo'] }).click()
    await page.getByText(en['reason.clinic.logo_wrong_type']).waitFor()

    await page.reload()
    expect(await page.getByLabel(en['letterhead.city']).inputValue()).toBe('Pune')
    await page.getByRole('img', { name: en['letterhead.logoAlt'] }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(
      unexpectedErrors(errors, [
        { status: 400, path: '/api/v1/clinic/settings' },
        { status: 400, path: '/api/v1/clinic/logo' },
      ]),
    ).toEqual([])
  })
})
