import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Invoice } from '../shared/contracts/billing.ts'
import type { Revenue, Trend } from '../shared/contracts/revenue-reports.ts'
import { formatPaise } from '../shared/format/index.ts'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import type { MessageKey } from '../web/src/i18n/messages.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { completeRct, registerForGst } from './clinical-steps/billing.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, meenakshi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 900 }
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

async function issue(context: BrowserContext, baseUrl: string, patientId: string, body: object) {
  const path = `/patients/${patientId}/invoices`
  const draft = (await apiPost(context, baseUrl, path, body)) as Invoice
  return (await apiPost(context, baseUrl, `${path}/${draft.id}/issue`, {})) as Invoice
}

const RCT = 650_000 // RCT-M from the catalogue seed: ₹6,500, exempt, endodontic
const WHITENING = 1_000_000 // typed at the desk: ₹10,000 + 18% GST
const CONSULTATION = 50_000 // typed at the desk: ₹500, exempt

/**
 * Issue #12 item 7 on the owner's Billing page: an RCT the owner finished and a typed whitening on
 * one invoice, a typed consultation on another, ₹5,000 paid; the revenue by doctor and by
 * category and the month's collected, invoiced and outstanding, with the right rupees, in English
 * and in Hindi, axe clean.
 */
describe('billing: revenue and trend on the Billing page', () => {
  const e2e = useNiramayaInChromium()

  it('shows revenue by doctor and category and the trend of the month, in English and Hindi', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    const account = await signUpThroughApi(owner, e2e.serverUrl)
    await registerForGst(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const rctItem = await completeRct(owner, e2e.serverUrl, patient.id)
    const first = await issue(owner, e2e.serverUrl, patient.id, {
      planItemIds: [rctItem],
      lines: [
        {
          description: 'Teeth whitening, in-office',
          sacCode: '999722',
          quantity: 1,
          unitPricePaise: WHITENING,
          gstRateBp: 1800,
        },
      ],
    })
    const second = await issue(owner, e2e.serverUrl, patient.id, {
      lines: [
        {
          description: 'Consultation and oral examination',
          sacCode: '999312',
          quantity: 1,
          unitPricePaise: CONSULTATION,
        },
      ],
    })
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/payments`, {
      tenders: [{ mode: 'cash', amountPaise: 500_000 }],
      allocations: [{ invoiceId: first.id, amountPaise: 500_000 }],
    })
    // ₹1,180 off the whitening: ₹1,000 of value and ₹180 of GST.
    const whiteningLine = first.lines.find((line) => line.gstRateBp === 1800)?.id
    await apiPost(
      owner,
      e2e.serverUrl,
      `/patients/${patient.id}/invoices/${first.id}/credit-notes`,
      {
        reason: 'discount',
        lines: [{ invoiceLineId: whiteningLine, amountPaise: 118_000 }],
      },
    )
    const invoiced = first.totals.totalPaise + second.totals.totalPaise
    expect(invoiced).toBe(RCT + WHITENING + 180_000 + CONSULTATION)
    const owed = invoiced - 500_000 - 118_000
    const adHoc = WHITENING + CONSULTATION

    // The API's figures, which the page must show.
    const trend = await apiGet<Trend>(owner, e2e.serverUrl, '/billing/reports/trend')
    const thisMonth = trend.months.at(-1)
    expect(thisMonth).toMatchObject({
      collectedPaise: 500_000,
      invoicedPaise: invoiced,
      creditedPaise: 118_000,
      outstandingPaise: owed,
    })
    const revenue = await apiGet<Revenue>(
      owner,
      e2e.serverUrl,
      `/billing/reports/revenue?from=${trend.asOf}&to=${trend.asOf}`,
    )
    expect(revenue.totals.revenuePaise).toBe(RCT + adHoc - 100_000)

    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/billing`)
    const section = page.locator('section[aria-labelledby="revenue-heading"]')
    await section.getByRole('heading', { level: 2, name: en['revenue.heading'] }).waitFor()
    // This financial year to date: both invoices and the credit note. The chart's table gives
    // the revenue; the doctor first, what no doctor did last whatever its size.
    const doctorChart = section.locator('figure.money-figure').first().locator('table')
    await doctorChart.locator('tbody tr').nth(1).waitFor()
    expect(await doctorChart.locator('tbody tr').allTextContents()).toEqual([
      `${account.fullName}${formatPaise(RCT)}`,
      `${en['revenue.notAttributed']}${formatPaise(adHoc - 100_000)}`,
    ])
    const categoryChart = section.locator('figure.money-figure').nth(1).locator('table')
    expect(await categoryChart.locator('tbody tr').allTextContents()).toEqual([
      `${en['catalogue.category.endodontic']}${formatPaise(RCT)}`,
      `${en['revenue.adHoc']}${formatPaise(adHoc - 100_000)}`,
    ])
    // With a credit note in the range, each split has its table of invoiced, credited and revenue.
    const byDoctor = section.getByRole('table', {
      name: /^Revenue by doctor.*invoiced less credited$/,
    })
    expect(await byDoctor.locator('tbody tr').allTextContents()).toEqual([
      `${account.fullName}${formatPaise(RCT)}₹0.00${formatPaise(RCT)}`,
      `${en['revenue.notAttributed']}${formatPaise(adHoc)}₹1,000.00${formatPaise(adHoc - 100_000)}`,
    ])
    expect(await byDoctor.locator('tfoot tr').textContent()).toBe(
      `${en['revenue.totalRow']}${formatPaise(RCT + adHoc)}₹1,000.00${formatPaise(RCT + adHoc - 100_000)}`,
    )
    const byCategory = section.getByRole('table', {
      name: /^Revenue by procedure category.*invoiced less credited$/,
    })
    expect(await byCategory.locator('tbody tr').allTextContents()).toEqual([
      `${en['catalogue.category.endodontic']}${formatPaise(RCT)}₹0.00${formatPaise(RCT)}`,
      `${en['revenue.adHoc']}${formatPaise(adHoc)}₹1,000.00${formatPaise(adHoc - 100_000)}`,
    ])

    // The trend: 12 months, this one with ₹5,000 collected, the credit note, and the rest owed.
    const trendSection = page.locator('section[aria-labelledby="trend-heading"]')
    const trendTable = trendSection.locator('figure.money-trend-figure table')
    await trendTable.locator('tbody tr').nth(11).waitFor()
    expect(await trendTable.locator('tbody tr').count()).toBe(12)
    const month = thisMonth?.month ?? ''
    const monthLabel = (messages: Record<MessageKey, string>) =>
      fill(messages['revenue.month.label'], {
        month: messages[`revenue.month.${Number(month.slice(5, 7))}` as MessageKey],
        year: month.slice(0, 4),
      })
    expect(await trendTable.locator('tbody tr').last().textContent()).toBe(
      `${monthLabel(en)}${formatPaise(500_000)}${formatPaise(invoiced)}${formatPaise(owed)}`,
    )
    const credited = trendSection.getByRole('table', { name: en['revenue.trend.credited'] })
    expect(await credited.locator('tbody tr').allTextContents()).toEqual([
      `${monthLabel(en)}${formatPaise(118_000)}`,
    ])
    await expectAxeClean(page)

    // In Hindi: the same figures under Hindi headings, still axe clean.
    await page.getByLabel('Language').selectOption('hi')
    await section.getByRole('heading', { level: 2, name: hi['revenue.heading'] }).waitFor()
    await trendSection
      .getByRole('heading', { level: 2, name: hi['revenue.trend.heading'] })
      .waitFor()
    await section
      .getByRole('row', { name: new RegExp(hi['revenue.notAttributed']) })
      .first()
      .waitFor()
    expect(await trendTable.locator('tbody tr').last().textContent()).toBe(
      `${monthLabel(hi)}${formatPaise(500_000)}${formatPaise(invoiced)}${formatPaise(owed)}`,
    )
    expect(
      await section
        .getByRole('table', { name: new RegExp(`${hi['revenue.byCategoryTitle'].slice(0, 10)}`) })
        .last()
        .locator('tbody tr')
        .first()
        .textContent(),
    ).toBe(`${hi['catalogue.category.endodontic']}${formatPaise(RCT)}₹0.00${formatPaise(RCT)}`)
    await expectAxeClean(page)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
