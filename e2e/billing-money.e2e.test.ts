import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Invoice } from '../shared/contracts/billing.ts'
import type { DayEnd, Outstanding } from '../shared/contracts/collection-reports.ts'
import { formatPaise } from '../shared/format/index.ts'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { completeRct, registerForGst } from './clinical-steps/billing.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 768 }
const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text)

async function expectAxeClean(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([])
}

async function apiGet<T>(context: BrowserContext, baseUrl: string, path: string): Promise<T> {
  const response = await context.request.get(`${baseUrl}/api/v1${path}`)
  if (response.status() !== 200) throw new Error(`${path} answered ${response.status()}`)
  return (await response.json()) as T
}

/**
 * Issue #12's journey at the desk: an RCT and a whitening on one invoice-cum-bill of supply,
 * ₹5,000 taken by UPI and the rest in cash on one receipt, a credit note for part of the
 * whitening, and the day-end collection and the outstanding list agreeing with the account.
 */
describe('billing: payments and credit notes at the desk', () => {
  const e2e = useNiramayaInChromium()

  it('takes ₹5,000 by UPI and the rest in cash, credits part of the whitening, and the reports agree', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    await registerForGst(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const rctItem = await completeRct(owner, e2e.serverUrl, patient.id)
    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')

    // The RCT (exempt) and whitening at ₹10,000 + 18% on one invoice, issued at the desk.
    const invoicesPath = `/patients/${patient.id}/invoices`
    const draft = (await apiPost(frontDesk, e2e.serverUrl, invoicesPath, {
      planItemIds: [rctItem],
      lines: [
        {
          description: 'Teeth whitening, in-office',
          sacCode: '999722',
          quantity: 1,
          unitPricePaise: 1_000_000,
          gstRateBp: 1800,
        },
      ],
    })) as Invoice
    const invoice = (await apiPost(
      frontDesk,
      e2e.serverUrl,
      `${invoicesPath}/${draft.id}/issue`,
      {},
    )) as Invoice
    expect(invoice.kind).toBe('invoice_cum_bill_of_supply')
    const total = invoice.totals.totalPaise
    const number = invoice.number ?? ''

    const page = await frontDesk.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=billing`)
    const panel = page.locator('section.account-panel')
    await panel.waitFor()
    const summary = (label: string) =>
      panel.locator('.account-summary div').filter({ hasText: label }).locator('dd').textContent()
    expect(await summary(en['account.outstanding'])).toBe(formatPaise(total))
    await expectAxeClean(page)

    // Take payment: ₹5,000 by UPI (with its UTR), and the rest in cash, on one receipt.
    await panel
      .getByRole('button', { name: fill(en['account.takePaymentFor'], { number }) })
      .click()
    const dialog = page.locator('dialog.dialog[open]')
    await dialog.getByLabel(en['payment.mode'], { exact: true }).selectOption('upi')
    await dialog.getByLabel(en['payment.amount'], { exact: true }).fill('5000')
    // A UPI payment without its reference is refused on the field, before anything is sent.
    await dialog.getByRole('button', { name: en['payment.record'], exact: true }).click()
    await dialog.getByText(en['payment.referenceRequired']).waitFor()
    await dialog.getByLabel(en['payment.reference.upi']).fill('412345678901')
    await dialog.getByRole('button', { name: en['payment.addTender'], exact: true }).click()
    const second = dialog.locator('fieldset.payment-tender').nth(1)
    // The second way starts at what is left.
    expect(await second.getByLabel(en['payment.amount'], { exact: true }).inputValue()).toBe(
      ((total - 500_000) / 100).toFixed(2).replace(/\.00$/, ''),
    )
    await dialog.getByText(fill(en['payment.total'], { amount: formatPaise(total) })).waitFor()
    await expectAxeClean(page)
    await dialog.getByRole('button', { name: en['payment.record'], exact: true }).click()
    await page.getByText(/Payment recorded: receipt RCT\/\d{2}-\d{2}\/0001\./).waitFor()
    expect(await summary(en['account.outstanding'])).toBe('₹0.00')

    // A credit note for ₹1,180 of the whitening (₹1,000 + 18% GST).
    await panel.getByRole('button', { name: fill(en['account.creditNoteFor'], { number }) }).click()
    const noteDialog = page.locator('dialog.dialog[open]')
    await noteDialog.getByLabel(/Teeth whitening, in-office/).fill('1180')
    await noteDialog.getByLabel(en['creditNote.note']).fill('Shade not as agreed')
    await expectAxeClean(page)
    await noteDialog.getByRole('button', { name: en['creditNote.issue'], exact: true }).click()
    await page.getByText(/Credit note CN\/\d{2}-\d{2}\/0001 issued for ₹1,180\.00\./).waitFor()
    // Paid in full before: the credit is the patient's money on the account.
    await panel
      .locator('.account-summary div')
      .filter({ hasText: en['account.credit'] })
      .getByText('₹1,180.00')
      .waitFor()
    const ledger = await panel.locator('table').last().locator('tbody tr').allTextContents()
    expect(ledger).toHaveLength(3)
    expect(ledger[2]).toContain('−₹1,180.00')
    await expectAxeClean(page)

    // The accountant's day-end and outstanding list agree with the account.
    const dayEnd = await apiGet<DayEnd>(owner, e2e.serverUrl, '/billing/reports/day-end')
    expect(dayEnd.byMode).toEqual([
      { mode: 'cash', receivedPaise: total - 500_000, refundedPaise: 0, netPaise: total - 500_000 },
      { mode: 'upi', receivedPaise: 500_000, refundedPaise: 0, netPaise: 500_000 },
    ])
    expect(dayEnd.byUser).toMatchObject([{ name: 'Priya Desk', receipts: 1, receivedPaise: total }])
    expect(dayEnd).toMatchObject({
      invoicesIssued: 1,
      invoicedPaise: total,
      creditNotesIssued: 1,
      creditedPaise: 118_000,
    })
    const owed = await apiGet<Outstanding>(owner, e2e.serverUrl, '/billing/reports/outstanding')
    expect(owed.totalPaise).toBe(0)
    expect(owed.patients).toEqual([])
    // The owner's Billing page shows the same day: the collection by mode as a chart with its
    // table, the person who took it, and nobody owing.
    const billingPage = await owner.newPage()
    const deskErrors = collectPageErrors(billingPage)
    await billingPage.goto(`${e2e.serverUrl}/billing`)
    await billingPage.getByRole('heading', { level: 2, name: en['collections.dayEnd'] }).waitFor()
    const modeTable = billingPage.locator('figure.money-figure').first().locator('table')
    await modeTable.locator('tbody tr').nth(1).waitFor()
    expect(await modeTable.locator('tbody tr').allTextContents()).toEqual([
      `${en['payment.mode.cash']}${formatPaise(total - 500_000)}`,
      `${en['payment.mode.upi']}${formatPaise(500_000)}`,
    ])
    await billingPage
      .getByRole('row', { name: new RegExp(`Priya Desk\\s+1\\s+${formatPaise(total)}`) })
      .waitFor()
    await billingPage.getByText(en['collections.nobodyOwes']).waitFor()
    await expectAxeClean(billingPage)
    expect(unexpectedErrors(deskErrors, [])).toEqual([])

    // The front desk takes money but sees no clinic-wide totals: no Billing page, and a 403.
    expect(
      (await frontDesk.request.get(`${e2e.serverUrl}/api/v1/billing/reports/day-end`)).status(),
    ).toBe(403)
    await page.goto(`${e2e.serverUrl}/billing`)
    await page.getByRole('heading', { level: 1, name: en['nav.billing'] }).waitFor()
    expect(await page.getByRole('heading', { name: en['collections.dayEnd'] }).count()).toBe(0)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
