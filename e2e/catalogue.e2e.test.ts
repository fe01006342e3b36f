import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { joinThroughApi } from './patient-desk.ts'

const viewport = { width: 1366, height: 768 }

/** The text of the error an input points to with aria-describedby. */
function errorOf(input: Locator): Promise<string> {
  return input.evaluate((element) => {
    const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = ids.find((id) => id.endsWith('-error'))
    return (error && document.getElementById(error)?.textContent) || ''
  })
}

describe('the procedure catalogue', () => {
  const e2e = useNiramayaInChromium()

  it('the owner changes a price and adds a taxable procedure; a receptionist reads the list only', async () => {
    const context = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(context, e2e.serverUrl)
    const page = await context.newPage()
    const errors = collectPageErrors(page)

    // Its own module in the side navigation.
    await page.goto(e2e.url('/'))
    await page.getByRole('navigation').getByRole('link', { name: 'Procedures & prices' }).click()
    await page.getByRole('heading', { level: 1, name: 'Procedures and prices' }).waitFor()
    const endodontics = page.getByRole('region', { name: 'Root canal treatment', exact: true })
    const molar = endodontics.getByRole('row', { name: /Root canal treatment, molar/ })
    await molar.getByText('₹6,500.00').waitFor()
    await molar.getByText('Exempt').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Change a price: typed in rupees, shown with Indian grouping.
    await molar.getByRole('button', { name: 'Change Root canal treatment, molar' }).click()
    const dialog = page.getByRole('dialog', { name: 'Change Root canal treatment, molar' })
    const price = dialog.getByLabel('Price in rupees')
    expect(await price.inputValue()).toBe('6500')
    await price.fill('7,250.50')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Save' }).click()
    await page
      .getByRole('status')
      .getByText('Changes saved for Root canal treatment, molar.')
      .waitFor()
    await molar.getByText('₹7,250.50').waitFor()

    // Add a taxable procedure; a 0% rate is refused under its field first.
    await page.getByRole('button', { name: 'Add a procedure' }).click()
    const adding = page.getByRole('dialog', { name: 'Add a procedure' })
    await adding.getByLabel('Code', { exact: true }).fill('smile-d')
    await adding.getByLabel('Name', { exact: true }).fill('Smile design consultation')
    await adding.getByLabel('Category').selectOption({ label: 'Cosmetic' })
    await adding.getByLabel('How it is priced').selectOption({ label: 'Fixed' })
    await adding.getByLabel('Price in rupees').fill('1,25,000')
    await adding.getByLabel('SAC code').fill('999722')
    await adding.getByLabel('GST applies (taxable)').check()
    const rate = adding.getByLabel('GST rate in per cent')
    await rate.fill('0')
    await adding.getByRole('button', { name: 'Add a procedure' }).click()
    await expect.poll(() => errorOf(rate)).toBe('A taxable procedure needs a GST rate above 0')
    await rate.fill('5')
    await adding.getByRole('button', { name: 'Add a procedure' }).click()
    await page.getByRole('status').getByText('Smile design consultation was added.').waitFor()
    const cosmetic = page.getByRole('region', { name: 'Cosmetic', exact: true })
    const added = cosmetic.getByRole('row', { name: /Smile design consultation/ })
    await added.getByText('SMILE-D').waitFor()
    await added.getByText('₹1,25,000.00').waitFor()
    await added.getByText('5%').waitFor()
    await added.getByText('999722').waitFor()

    // Search narrows the list.
    await page.getByLabel('Search procedures').fill('smile')
    await page.getByText('Procedures shown: 1').waitFor()
    await page.getByLabel('Search procedures').fill('')

    // Archive an item: it leaves the list, is kept, and comes back with Restore.
    const other = page.getByRole('region', { name: 'Other', exact: true })
    await other.getByRole('button', { name: 'Archive Night guard' }).click()
    await page.getByRole('status').getByText('Night guard was archived.').waitFor()
    await other.waitFor({ state: 'detached' })
    await page.getByLabel('Show archived procedures').check()
    const archived = page.getByRole('row', { name: /Night guard/ })
    await archived.getByText('Archived').waitFor()
    await archived.getByRole('button', { name: 'Restore Night guard' }).click()
    await page.getByRole('status').getByText('Night guard is back in the price list.').waitFor()
    await page.getByLabel('Show archived procedures').uncheck()
    await page
      .getByRole('row', { name: /Night guard/ })
      .getByText('₹3,500.00')
      .waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(
      unexpectedErrors(errors, [{ status: 400, path: '/api/v1/catalogue/procedures' }]),
    ).toEqual([])

    // The receptionist reads the same list, with no way to change it.
    const deskContext = await e2e.newContext({ viewport, bypassCSP: true })
    await joinThroughApi(context, deskContext, e2e.serverUrl, 'receptionist')
    const desk = await deskContext.newPage()
    const deskErrors = collectPageErrors(desk)
    await desk.goto(e2e.url('/catalogue'))
    await desk.getByRole('heading', { level: 1, name: 'Procedures and prices' }).waitFor()
    await desk.getByText('Only the owner or an administrator can change it.').waitFor()
    const deskMolar = desk
      .getByRole('region', { name: 'Root canal treatment', exact: true })
      .getByRole('row', { name: /Root canal treatment, molar/ })
    await deskMolar.getByText('₹7,250.50').waitFor()
    await desk
      .getByRole('row', { name: /Smile design consultation/ })
      .getByText('5%')
      .waitFor()
    expect(await desk.getByRole('button', { name: 'Add a procedure' }).count()).toBe(0)
    expect(await desk.getByRole('button', { name: /^Change / }).count()).toBe(0)
    expect(await desk.getByRole('button', { name: /^Archive / }).count()).toBe(0)
    expect(await findSeriousAxeViolations(desk)).toEqual([])
    expect(unexpectedErrors(deskErrors, [])).toEqual([])
  })
})
