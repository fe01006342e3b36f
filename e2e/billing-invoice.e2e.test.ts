import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { financialYearOf } from '../shared/billing/index.ts'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { completeRct, registerForGst } from './clinical-steps/billing.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 768 }

const tabsOf = (page: Page) => page.getByRole('tablist').getByRole('tab').allTextContents()

async function expectAxeClean(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([])
}

/**
 * Issue #12's front desk: the owner completes an RCT; the receptionist opens the Billing tab,
 * finds it pre-ticked, adds whitening at 18 % (taxable), sees the totals of an
 * invoice-cum-bill of supply (Rule 46A), issues it and gets INV/YY-YY/0001 of the clinic's
 * financial year. A doctor has no Billing tab.
 */
describe('billing: an invoice from completed treatment', () => {
  const e2e = useNiramayaInChromium()

  it('the receptionist bills the completed RCT and whitening and issues INV/YY-YY/0001', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    await registerForGst(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const rctItem = await completeRct(owner, e2e.serverUrl, patient.id)

    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')
    const page = await frontDesk.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=billing`)
    const tab = page.locator('section.billing-tab')
    await tab.waitFor()
    await tab.getByText(en['billing.empty']).waitFor()
    expect(await tabsOf(page)).toContain(en['record.tab.billing'])
    await expectAxeClean(page)

    // New invoice: the completed RCT is ticked already.
    await tab.getByRole('button', { name: en['billing.new'], exact: true }).click()
    const form = tab.locator('form.invoice-form')
    const rct = form.locator('input[name="planItemIds.0"]')
    await rct.waitFor()
    expect(await rct.isChecked()).toBe(true)
    expect(await form.textContent()).toContain('(tooth 36)')
    expect(rctItem).not.toBe('')

    // Whitening typed as an ad hoc line at 18 %.
    await form.getByRole('button', { name: en['billing.addTyped'], exact: true }).click()
    await form.locator('input[name="lines.0.description"]').fill('Teeth whitening, in-office')
    await form.locator('input[name="lines.0.sacCode"]').fill('999722')
    await form.locator('input[name="lines.0.unitPricePaise"]').fill('10,000')
    await form.locator('select[name="lines.0.gstRateBp"]').selectOption('1800')
    const totals = form.locator('[data-testid="invoice-totals"]')
    await totals.waitFor()
    const total = (name: string) => totals.locator(`[data-total="${name}"]`).textContent()
    expect(await total('taxable')).toBe('₹10,000.00')
    expect(await total('cgst')).toBe('₹900.00')
    expect(await total('sgst')).toBe('₹900.00')
    expect(await total('round-off')).toBe('₹0.00')
    const exempt = await total('exempt')
    expect(exempt).toMatch(/^₹[1-9][\d,]*\.\d{2}$/)
    expect(await form.locator('.invoice-kind').textContent()).toContain(
      en['billing.kind.invoice_cum_bill_of_supply'],
    )
    await expectAxeClean(page)

    // Saved as a draft: listed as "Draft", opened with the same totals.
    await form.getByRole('button', { name: en['billing.saveDraft'], exact: true }).click()
    await form.waitFor({ state: 'detached' })
    const detail = tab.locator('section.invoice-detail')
    await detail.waitFor()
    expect(
      await tab.locator('table.invoice-list tbody tr').first().getAttribute('data-invoice'),
    ).toBe('draft')
    expect(await detail.locator('[data-total="cgst"]').textContent()).toBe('₹900.00')
    expect(await detail.locator('[data-total="exempt"]').textContent()).toBe(exempt)
    await expectAxeClean(page)

    // Issue, after a confirmation that says it cannot be changed afterwards.
    await detail.getByRole('button', { name: en['billing.issue'], exact: true }).click()
    const dialog = page.locator('dialog.dialog[open]')
    expect(await dialog.textContent()).toContain(en['billing.issueBody'])
    await expectAxeClean(page)
    await dialog.getByRole('button', { name: en['billing.issueConfirm'], exact: true }).click()
    await dialog.waitFor({ state: 'detached' })

    const { label } = financialYearOf(new Date(), 'Asia/Kolkata')
    const number = `INV/${label}/0001`
    await tab.locator(`tr[data-invoice="${number}"]`).waitFor()
    expect(await detail.locator('h3').textContent()).toBe(
      en['billing.detailHeading'].replace('{number}', number),
    )
    expect(await detail.textContent()).toContain(en['billing.kind.invoice_cum_bill_of_supply'])
    const pdf = detail.getByRole('link', { name: en['billing.pdfEnglish'], exact: true })
    expect(await pdf.getAttribute('href')).toMatch(/\/invoices\/[0-9a-f-]{36}\/pdf\?language=en$/)
    expect(
      await detail.getByRole('link', { name: en['billing.pdfHindi'], exact: true }).count(),
    ).toBe(1)
    // Issued: nothing to change or delete.
    expect(await detail.getByRole('button', { name: en['billing.edit'] }).count()).toBe(0)
    await expectAxeClean(page)
    // The RCT is billed: a new invoice has nothing completed left to tick.
    await tab.getByRole('button', { name: en['billing.new'], exact: true }).click()
    await tab.getByText(en['billing.completedEmpty']).waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it("shows the server's refusal on the field it names, changes a draft and deletes it", async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')
    const page = await frontDesk.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=billing`)
    const tab = page.locator('section.billing-tab')
    await tab.getByText(en['billing.empty']).waitFor()

    await tab.getByRole('button', { name: en['billing.new'], exact: true }).click()
    const form = tab.locator('form.invoice-form')
    await form.getByText(en['billing.completedEmpty']).waitFor()
    await form.getByRole('button', { name: en['billing.addTyped'], exact: true }).click()
    await form.locator('input[name="lines.0.description"]').fill('Consultation')
    await form.locator('input[name="lines.0.unitPricePaise"]').fill('500')
    // A company with a GSTIN whose check character is wrong: the server names recipient.gstin.
    await form.getByLabel(en['billing.recipient.company'], { exact: true }).check()
    await form.locator('input[name="recipient.name"]').fill('Infosys Health Benefits')
    const gstin = form.locator('input[name="recipient.gstin"]')
    await gstin.fill('29AAPFU0939F1ZA')
    await form.getByRole('button', { name: en['billing.saveDraft'], exact: true }).click()
    await page.waitForFunction(
      () =>
        document.querySelector('input[name="recipient.gstin"]')?.getAttribute('aria-invalid') ===
        'true',
    )
    expect(await form.textContent()).toContain(en['form.fixErrors'])
    await expectAxeClean(page)
    // Back to the patient: saved as a draft of ₹500.00 (exempt consultation).
    await form.getByLabel(en['billing.recipient.patient'], { exact: true }).check()
    await form.getByRole('button', { name: en['billing.saveDraft'], exact: true }).click()
    await form.waitFor({ state: 'detached' })
    const detail = tab.locator('section.invoice-detail')
    expect(await detail.locator('[data-total="total"]').textContent()).toBe('₹500.00')

    // Changed: the price becomes ₹650.
    await detail.getByRole('button', { name: en['billing.edit'], exact: true }).click()
    await form.locator('input[name="lines.0.unitPricePaise"]').fill('650')
    await form.getByRole('button', { name: en['billing.saveDraft'], exact: true }).click()
    await form.waitFor({ state: 'detached' })
    await page.waitForFunction(
      () =>
        document.querySelector('section.invoice-detail [data-total="total"]')?.textContent ===
        '₹650.00',
    )
    expect(await tab.locator('table.invoice-list tbody tr').count()).toBe(1)
    await expectAxeClean(page)

    // Deleted, after a confirmation.
    await detail.getByRole('button', { name: en['billing.delete'], exact: true }).click()
    const dialog = page.locator('dialog.dialog[open]')
    await dialog.getByRole('button', { name: en['billing.delete'], exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await tab.getByText(en['billing.empty']).waitFor()
    expect(
      unexpectedErrors(errors, [{ status: 400, path: `/api/v1/patients/${patient.id}/invoices` }]),
    ).toEqual([])
  })

  it('a doctor has no Billing tab', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const doctorContext = await e2e.newContext({ viewport: desk, bypassCSP: true })
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
      userId: doctor.userId,
    })
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=billing`)
    await page.getByRole('tab', { name: en['record.tab.plans'] }).waitFor()
    expect(await tabsOf(page)).not.toContain(en['record.tab.billing'])
    expect(await page.locator('section.billing-tab').count()).toBe(0)
    await expectAxeClean(page)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
