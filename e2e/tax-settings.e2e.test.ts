import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { gstinCheckCharacter } from '../shared/billing/gstin.ts'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { joinThroughApi } from './patient-desk.ts'

/** The text of the error an input points to with aria-describedby. */
function errorOf(input: Locator): Promise<string> {
  return input.evaluate((element) => {
    const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = ids.find((id) => id.endsWith('-error'))
    return (error && document.getElementById(error)?.textContent) || ''
  })
}

// The clinic signs up in Karnataka (29): its GSTIN starts with 29.
const FIRST_14 = '29AAPFU0939F1Z'
const GSTIN = `${FIRST_14}${gstinCheckCharacter(FIRST_14)}`
const WRONG_CHECK = `${FIRST_14}${GSTIN.endsWith('A') ? 'B' : 'A'}`

describe('tax and numbering', () => {
  const e2e = useNiramayaInChromium()

  it('an admin sets the legal name and GSTIN, fixing a wrong check character, and renumbers invoices', async () => {
    const owner = await e2e.newContext()
    await signUpThroughApi(owner, e2e.serverUrl)
    const admin = await e2e.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true })
    await joinThroughApi(owner, admin, e2e.serverUrl, 'admin', 'Priya Nair')
    const page = await admin.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url('/'))
    // Admins reach it from the navigation (Settings itself stays the owner's).
    await page.getByRole('link', { name: en['nav.taxSettings'] }).click()
    await page.getByRole('heading', { level: 1, name: en['tax.title'] }).waitFor()
    const invoices = page.getByRole('group', { name: en['tax.kind.invoice'] })
    await invoices.getByText(en['tax.nextNumber'].replace('{number}', 'INV/')).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByLabel(en['tax.legalName']).fill('Dr Asha Rao (proprietor)')
    const gstin = page.getByLabel(en['tax.gstin'])
    await gstin.fill(WRONG_CHECK)
    await page.getByRole('button', { name: en['tax.save'] }).click()
    await expect.poll(() => errorOf(gstin)).toBe(en['reason.clinic.gstin_check_character'])
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await gstin.fill(GSTIN.toLowerCase())
    const prefix = invoices.getByLabel(en['tax.prefix'])
    const preview = invoices.getByTestId('next-invoice')
    // Too long for PREFIX/YY-YY/0001 in 16 characters (Rule 46(b)): the preview says so as it is
    // typed, and the server refuses it on the field.
    await prefix.fill('SRD/INV')
    await expect.poll(() => preview.textContent()).toBe(en['tax.nextNumberInvalid'])
    await page.getByRole('button', { name: en['tax.save'] }).click()
    await expect
      .poll(() => errorOf(prefix))
      .toBe(en['reason.tax.series_prefix_too_long'].replace('{maximum}', '5'))
    await prefix.fill('SRD')
    await expect.poll(() => preview.textContent()).toMatch(/^Next number: SRD\/\d{2}-\d{2}\/0001$/)
    await page.getByRole('button', { name: en['tax.save'] }).click()
    await page.getByRole('status').getByText(en['tax.saved']).waitFor()
    expect(await gstin.inputValue()).toBe(GSTIN)
    await expect.poll(() => preview.textContent()).toMatch(/^Next number: SRD\/\d{2}-\d{2}\/0001$/)

    await page.reload()
    await page.getByRole('heading', { level: 1, name: en['tax.title'] }).waitFor()
    expect(await page.getByLabel(en['tax.legalName']).inputValue()).toBe('Dr Asha Rao (proprietor)')
    expect(await invoices.getByLabel(en['tax.prefix']).inputValue()).toBe('SRD')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [{ status: 400, path: '/api/v1/clinic/tax-profile' }])).toEqual(
      [],
    )
  })
})
