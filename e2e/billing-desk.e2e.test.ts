import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { completeRct } from './clinical-steps/billing.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 768 }

async function expectAxeClean(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([])
}

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text)

/**
 * Issue #12 item 9 at the front desk: the doctor (here the owner) completes an RCT today and the
 * visit is completed; the receptionist clicks "Bill" on today's list, finds the RCT ticked,
 * issues in three clicks, splits what is owed into two monthly instalments, sees them due, then
 * finds the invoice by its number on the Billing page. Axe clean in English and Hindi.
 */
describe('billing at the desk: from today’s list to an issued invoice and instalments', () => {
  const e2e = useNiramayaInChromium()

  it('bills a completed visit from today’s list, sets instalments and finds the invoice', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    await completeRct(owner, e2e.serverUrl, patient.id)
    const me = (await (await owner.request.get(`${e2e.serverUrl}/api/v1/me`)).json()) as {
      user: { id: string }
    }
    // The visit: a walk-in with the owner (who treats), checked in now, then completed.
    const visit = (await apiPost(owner, e2e.serverUrl, '/appointments/walk-in', {
      patientId: patient.id,
      doctorUserId: me.user.id,
      allowOutsideHours: true,
    })) as { id: string }
    await apiPost(owner, e2e.serverUrl, `/appointments/${visit.id}/status`, {
      status: 'completed',
    })

    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')
    const page = await frontDesk.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/appointments/today`)
    const row = page.getByRole('row', { name: new RegExp(meenakshi.fullName) })
    const bill = row.getByRole('link', {
      name: fill(en['desk.billFor'], { patient: meenakshi.fullName }),
    })
    await bill.waitFor()
    // Only the id and the day in the address: no name.
    expect(await bill.getAttribute('href')).toMatch(
      new RegExp(`^/patients/${patient.id}\\?tab=billing&bill=\\d{4}-\\d{2}-\\d{2}$`),
    )
    await expectAxeClean(page)

    // Click 1: Bill. The New invoice form is open with the visit's RCT ticked.
    await bill.click()
    const tab = page.locator('section.billing-tab')
    const form = tab.locator('form.invoice-form')
    const rct = form.locator('input[name="planItemIds.0"]')
    await rct.waitFor()
    expect(await rct.isChecked()).toBe(true)
    expect(await form.textContent()).toContain('(tooth 36)')
    await expectAxeClean(page)

    // Click 2: Save and issue; click 3: the confirmation.
    await form.getByRole('button', { name: en['desk.saveAndIssue'], exact: true }).click()
    const confirm = page.locator('dialog.dialog[open]')
    await confirm.getByText(en['billing.issueBody']).waitFor()
    await confirm.getByRole('button', { name: en['billing.issueConfirm'], exact: true }).click()
    await confirm.waitFor({ state: 'detached' })
    // Issued: the address no longer asks for a new invoice.
    expect(new URL(page.url()).searchParams.has('bill')).toBe(false)
    const invoices = (await (
      await frontDesk.request.get(`${e2e.serverUrl}/api/v1/patients/${patient.id}/invoices`)
    ).json()) as { invoices: { id: string; number: string | null; status: string }[] }
    const number = invoices.invoices[0]?.number ?? ''
    const invoiceId = invoices.invoices[0]?.id ?? ''
    expect(invoices.invoices[0]?.status).toBe('issued')
    expect(number).not.toBe('')
    await tab.locator(`tr[data-invoice="${number}"]`).waitFor()

    // Two monthly instalments of what is owed, from today.
    const account = page.locator('section.account-panel')
    const instalmentsName = fill(en['account.instalmentsHeading'], { number })
    await account.getByRole('button', { name: instalmentsName, exact: true }).click()
    const dialog = page.locator('dialog.dialog[open]')
    await dialog.getByLabel(en['instalments.count'], { exact: true }).fill('2')
    await dialog.getByRole('button', { name: en['instalments.split'], exact: true }).click()
    expect(await dialog.locator('input[name="instalments.1.dueOn"]').count()).toBe(1)
    expect(await dialog.locator('input[name="instalments.2.dueOn"]').count()).toBe(0)
    await expectAxeClean(page)
    // A sum that is not what is owed is refused on the list, before anything is sent.
    const second = dialog.locator('input[name="instalments.1.amountPaise"]')
    const secondAmount = await second.inputValue()
    await second.fill('1')
    await dialog.getByRole('button', { name: en['instalments.save'], exact: true }).click()
    await dialog.locator('.field-error').first().waitFor()
    expect(await dialog.textContent()).toContain(en['form.fixErrors'])
    await second.fill(secondAmount)
    // Meanwhile ₹100 is paid at the other counter: the server refuses the plan (it no longer adds
    // up to what is owed) and its reason shows on the list of instalments.
    await apiPost(frontDesk, e2e.serverUrl, `/patients/${patient.id}/payments`, {
      tenders: [{ mode: 'cash', amountPaise: 100_00 }],
      allocations: [{ invoiceId, amountPaise: 100_00 }],
    })
    await dialog.getByRole('button', { name: en['instalments.save'], exact: true }).click()
    const sumRefused = en['reason.billing.instalments_sum'].split(' (')[0] ?? ''
    await dialog
      .locator('fieldset[name="instalments"] .field-error', { hasText: sumRefused })
      .waitFor()
    await expectAxeClean(page)
    await dialog.getByRole('button', { name: en['form.cancel'], exact: true }).click()
    await page.reload()
    await account.getByRole('button', { name: instalmentsName, exact: true }).click()
    await dialog.getByLabel(en['instalments.count'], { exact: true }).fill('2')
    await dialog.getByRole('button', { name: en['instalments.split'], exact: true }).click()
    await dialog.getByRole('button', { name: en['instalments.save'], exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    const plan = account.getByRole('region', { name: instalmentsName })
    await plan.waitFor()
    const lines = await plan.getByRole('listitem').allTextContents()
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(line).toContain(`(${en['account.instalment.due']})`)
    await expectAxeClean(page)

    // The Billing page finds it by its number.
    await page.goto(`${e2e.serverUrl}/billing`)
    const section = page.getByRole('region', { name: en['invoiceList.heading'] })
    await section.getByRole('table').waitFor()
    await section.getByLabel(en['invoiceList.number'], { exact: true }).fill(number)
    await section.getByRole('button', { name: en['invoiceList.search'], exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('number') === number)
    const found = section.getByRole('link', { name: number, exact: true })
    await found.waitFor()
    expect(await section.locator('tbody tr').count()).toBe(1)
    expect(await found.getAttribute('href')).toBe(`/patients/${patient.id}?tab=billing`)
    expect(await section.locator('tbody tr').textContent()).toContain(meenakshi.fullName)
    await expectAxeClean(page)
    // Billing in the menu starts afresh: the number box follows the address, not the last search.
    await page.getByRole('navigation').getByRole('link', { name: en['nav.billing'] }).click()
    await page.waitForURL((url) => !url.searchParams.has('number'))
    await expect
      .poll(() => section.getByLabel(en['invoiceList.number'], { exact: true }).inputValue())
      .toBe('')
    await page.goBack()
    await expect
      .poll(() => section.getByLabel(en['invoiceList.number'], { exact: true }).inputValue())
      .toBe(number)

    // In Hindi, the list is translated and still accessible; the filter survives a reload.
    await page.getByLabel('Language').selectOption('hi')
    await page.getByRole('heading', { level: 2, name: hi['invoiceList.heading'] }).waitFor()
    await page.reload()
    await page.getByRole('link', { name: number, exact: true }).waitFor()
    await expectAxeClean(page)
    await page.goto(`${e2e.serverUrl}/appointments/today`)
    await page
      .getByRole('link', { name: fill(hi['desk.billFor'], { patient: meenakshi.fullName }) })
      .waitFor()
    await expectAxeClean(page)
    await page.getByLabel(hi['language.label']).selectOption('en')
    // The one refusal the test caused on purpose: the plan sent after the payment.
    const refused = `/api/v1/patients/${patient.id}/invoices/${invoiceId}/instalments`
    expect(unexpectedErrors(errors, [{ status: 400, path: refused }])).toEqual([])
  })
})
