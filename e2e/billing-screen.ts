import type { Page } from 'playwright-core'
import { en } from '../web/src/i18n/en.ts'

/** Opens the draft on the Billing tab and issues it after the confirmation; answers its number. */
export async function issueOnScreen(page: Page): Promise<string> {
  const tab = page.locator('section.billing-tab')
  await tab.locator('tr[data-invoice="draft"] button').click()
  const detail = tab.locator('section.invoice-detail')
  await detail.getByRole('button', { name: en['billing.issue'], exact: true }).click()
  const dialog = page.locator('dialog.dialog[open]')
  await dialog.getByRole('button', { name: en['billing.issueConfirm'], exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
  const issued = tab.locator('tr[data-invoice^="INV/"]')
  await issued.waitFor()
  return (await issued.getAttribute('data-invoice')) ?? ''
}
