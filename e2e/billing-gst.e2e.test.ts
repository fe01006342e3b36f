import { readFileSync } from 'node:fs'
import type { BrowserContext, Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { gstinCheckCharacter } from '../shared/billing/index.ts'
import type { Invoice } from '../shared/contracts/billing.ts'
import { todayInZone } from '../shared/format/index.ts'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { registerForGst } from './clinical-steps/billing.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 768 }
const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text)

async function expectAxeClean(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([])
}

/** Clicks a download link and answers the file's suggested name and its text. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const saved = await (file as Download).path()
  return { name: (file as Download).suggestedFilename(), text: readFileSync(saved, 'utf8') }
}

/** The clinic's address, which an e-invoice needs (a PIN code for the seller, INV-01). */
async function setClinicAddress(owner: BrowserContext, baseUrl: string): Promise<void> {
  const csrf = (await owner.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value
  const response = await owner.request.fetch(`${baseUrl}/api/v1/clinic/settings`, {
    method: 'PATCH',
    data: { addressLine1: '14 Residency Road', city: 'Bengaluru', pinCode: '560025' },
    headers: { 'x-csrf-token': csrf ?? '' },
  })
  if (response.status() !== 200) throw new Error(`settings answered ${response.status()}`)
}

const CONSULTATION = {
  description: 'Consultation and oral examination',
  sacCode: '999312',
  quantity: 1,
  unitPricePaise: 50_000,
}
const WHITENING = {
  description: 'Teeth whitening, in-office',
  sacCode: '999722',
  quantity: 1,
  unitPricePaise: 1_800_000,
  gstRateBp: 500,
}
const ALIGNER_REFINEMENT = {
  description: 'Cosmetic aligner refinement',
  sacCode: '999722',
  quantity: 1,
  unitPricePaise: 1_000_000,
  gstRateBp: 1800,
}
const companyGstin = `29AAACR5055K1Z${gstinCheckCharacter('29AAACR5055K1Z')}`

/**
 * Issue #12 item 9 at the accountant's desk: a registered clinic's month of a mixed B2C invoice
 * and a B2B invoice, summed by GST rate on the Billing page, the GSTR-1 JSON and a CSV section
 * downloaded through plain links and read back, the B2B invoice's e-invoice JSON from the
 * patient's Billing tab, and the front desk seeing none of it.
 */
describe('billing: GST summary and GSTR-1 downloads', () => {
  const e2e = useNiramayaInChromium()

  it('sums the month by rate, downloads GSTR-1 and the e-invoice, and hides them from the desk', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true, acceptDownloads: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    await registerForGst(owner, e2e.serverUrl)
    await setClinicAddress(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const invoicesPath = `/patients/${patient.id}/invoices`
    const issue = async (body: object) => {
      const draft = (await apiPost(owner, e2e.serverUrl, invoicesPath, body)) as Invoice
      return (await apiPost(
        owner,
        e2e.serverUrl,
        `${invoicesPath}/${draft.id}/issue`,
        {},
      )) as Invoice
    }
    // A mixed B2C invoice: ₹500 exempt, ₹18,000 at 5% (₹450 CGST + ₹450 SGST).
    const mixed = await issue({ lines: [CONSULTATION, WHITENING] })
    expect(mixed.kind).toBe('invoice_cum_bill_of_supply')
    // A B2B tax invoice to the patient's employer: ₹10,000 at 18% (₹900 + ₹900).
    const b2b = await issue({
      lines: [ALIGNER_REFINEMENT],
      recipient: {
        name: 'Acme Technologies Pvt Ltd',
        address: '3rd Floor, Tech Park, Whitefield, Bengaluru 560066',
        stateCode: '29',
        gstin: companyGstin,
      },
    })
    expect(b2b.kind).toBe('tax_invoice')
    const month = todayInZone('Asia/Kolkata').slice(0, 7)

    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/billing`)
    const summary = page.locator('section[aria-labelledby="gst-summary-heading"]')
    await summary.getByRole('heading', { level: 2, name: en['gst.heading'] }).waitFor()
    // The current month in the clinic's zone, by default.
    expect(await summary.getByLabel(en['gst.from'], { exact: true }).inputValue()).toBe(
      `${month}-01`,
    )
    const rates = summary.locator('table.gst-rates')
    await rates.waitFor()
    const rowsOf = async (selector: string) =>
      (await summary.locator(selector).allInnerTexts()).map((row) =>
        row.split('\t').map((cell) => cell.trim()),
      )
    expect(await rowsOf('table.gst-rates tbody tr')).toEqual([
      ['5%', '1', '₹18,000.00', '₹450.00', '₹450.00'],
      ['18%', '1', '₹10,000.00', '₹900.00', '₹900.00'],
      [en['gst.exempt'], '1', '₹500.00', '—', '—'],
    ])
    expect(await rowsOf('table.gst-rates tfoot tr')).toEqual([
      [en['gst.total'], '3', '₹28,500.00', '₹1,350.00', '₹1,350.00'],
    ])
    expect(await rowsOf('table.gst-documents tbody tr')).toEqual([
      [en['gst.invoices'], '2', '₹28,000.00', '₹500.00', '₹1,350.00', '₹1,350.00', '₹31,200.00'],
      [en['gst.creditNotes'], '0', '₹0.00', '₹0.00', '₹0.00', '₹0.00', '₹0.00'],
      [en['gst.net'], '—', '₹28,000.00', '₹500.00', '₹1,350.00', '₹1,350.00', '₹31,200.00'],
    ])
    // The chart's table says the same as its bars.
    expect(await summary.locator('figure.money-figure table tbody tr').allInnerTexts()).toEqual([
      '5%\t₹18,000.00',
      '18%\t₹10,000.00',
      `${en['gst.exempt']}\t₹500.00`,
    ])
    await expectAxeClean(page)

    // GSTR-1 for this month (the picker starts at last month, the one usually filed next).
    const gstr1 = page.locator('section[aria-labelledby="gstr1-heading"]')
    await gstr1.getByLabel(en['gst.period'], { exact: true }).selectOption(month)
    const json = await download(page, () =>
      gstr1.getByRole('link', { name: en['gst.downloadJson'], exact: true }).click(),
    )
    expect(json.name).toBe(`gstr1-${month}.json`)
    const document = JSON.parse(json.text) as {
      gstin: string
      fp: string
      b2b: { ctin: string; inv: { inum: string; val: number }[] }[]
      b2cs: { rt: number; txval: number; camt: number }[]
    }
    expect(document.gstin).toMatch(/^29AAPFU0939F1Z/)
    expect(document.fp).toBe(`${month.slice(5, 7)}${month.slice(0, 4)}`)
    expect(document.b2b).toMatchObject([
      { ctin: companyGstin, inv: [{ inum: b2b.number, val: 11_800 }] },
    ])
    expect(document.b2cs).toMatchObject([{ rt: 5, txval: 18_000, camt: 450 }])
    // Nothing of the patient in the return: B2C supplies are summed by rate and state.
    expect(json.text).not.toContain(meenakshi.fullName)

    const b2csName = fill(en['gst.downloadCsv'], { section: en['gst.section.b2cs'] })
    const csv = await download(page, () =>
      gstr1.getByRole('link', { name: b2csName, exact: true }).click(),
    )
    expect(csv.name).toBe(`gstr1-${month}-b2cs.csv`)
    expect(csv.text.split('\r\n')).toEqual([
      'Type,Place Of Supply,Applicable % of Tax Rate,Rate,Taxable Value,Cess Amount,E-Commerce GSTIN',
      'OE,29-Karnataka,,5,18000.00,0.00,',
      '',
    ])
    // The links carry the period and section only.
    for (const href of await gstr1
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(href).toMatch(
        /^\/api\/v1\/billing\/reports\/gstr1\?period=[0-9Q-]+(&format=csv&section=[a-z0-9]+)?$/,
      )
    }

    // In Hindi, the section is translated and still accessible.
    await page.getByLabel('Language').selectOption('hi')
    await page.getByRole('heading', { level: 2, name: hi['gst.heading'] }).waitFor()
    await page.getByRole('heading', { level: 2, name: hi['gst.exportHeading'] }).waitFor()
    await expectAxeClean(page)
    await page.getByLabel(hi['language.label']).selectOption('en')
    await page.getByRole('heading', { level: 2, name: en['gst.heading'] }).waitFor()

    // Issued only now, so that the month's figures above are the two invoices': a B2B invoice
    // whose buyer address has no PIN code.
    const noPin = await issue({
      lines: [ALIGNER_REFINEMENT],
      recipient: {
        name: 'Acme Technologies Pvt Ltd',
        address: 'Tech Park, Whitefield, Bengaluru',
        stateCode: '29',
        gstin: companyGstin,
      },
    })
    // The B2B invoice's e-invoice JSON, from the patient's Billing tab.
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=billing`)
    const tab = page.locator('section.billing-tab')
    await tab.locator(`tr[data-invoice="${b2b.number}"] button`).click()
    const detail = tab.locator('section.invoice-detail')
    const eInvoiceLink = detail.getByRole('button', {
      name: en['gst.downloadEInvoice'],
      exact: true,
    })
    await eInvoiceLink.waitFor()
    const eInvoice = await download(page, () => eInvoiceLink.click())
    expect(eInvoice.name).toBe(`e-invoice-${(b2b.number ?? '').replaceAll('/', '-')}.json`)
    const inv01 = JSON.parse(eInvoice.text) as {
      DocDtls: { No: string }
      BuyerDtls: { Gstin: string; Pin: number }
      ValDtls: { TotInvVal: number }
    }
    expect(inv01.DocDtls.No).toBe(b2b.number)
    expect(inv01.BuyerDtls).toMatchObject({ Gstin: companyGstin, Pin: 560066 })
    expect(inv01.ValDtls.TotInvVal).toBe(11_800)
    await expectAxeClean(page)
    // The mixed B2C invoice has none: e-invoices are for B2B supplies only.
    await tab.locator(`tr[data-invoice="${mixed.number}"] button`).click()
    await detail.getByRole('heading', { name: new RegExp(mixed.number ?? '') }).waitFor()
    expect(await detail.getByRole('button', { name: en['gst.downloadEInvoice'] }).count()).toBe(0)
    // A B2B invoice whose buyer address has no PIN code: the server's reason is shown, and
    // nothing is saved as if it were the e-invoice.
    await tab.locator(`tr[data-invoice="${noPin.number}"] button`).click()
    await detail.getByRole('heading', { name: new RegExp(noPin.number ?? '') }).waitFor()
    await detail.getByRole('button', { name: en['gst.downloadEInvoice'], exact: true }).click()
    await detail
      .getByRole('alert')
      .getByText(en['reason.billing.einvoice_pin'].replace('{party}', 'buyer'))
      .waitFor()
    await expectAxeClean(page)
    expect(
      unexpectedErrors(errors, [{ status: 409, path: `/api/v1/billing/e-invoice/${noPin.id}` }]),
    ).toEqual([])

    // The front desk bills but sees no GST reports, and no e-invoice link.
    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')
    const deskPage = await frontDesk.newPage()
    const deskErrors = collectPageErrors(deskPage)
    await deskPage.goto(`${e2e.serverUrl}/billing`)
    await deskPage.getByRole('heading', { level: 1, name: en['nav.billing'] }).waitFor()
    expect(await deskPage.getByRole('heading', { name: en['gst.heading'] }).count()).toBe(0)
    expect(await deskPage.getByRole('heading', { name: en['gst.exportHeading'] }).count()).toBe(0)
    await deskPage.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=billing`)
    const deskTab = deskPage.locator('section.billing-tab')
    await deskTab.locator(`tr[data-invoice="${b2b.number}"] button`).click()
    const deskDetail = deskTab.locator('section.invoice-detail')
    await deskDetail.getByRole('link', { name: en['billing.pdfEnglish'], exact: true }).waitFor()
    expect(await deskDetail.getByRole('button', { name: en['gst.downloadEInvoice'] }).count()).toBe(
      0,
    )
    expect(
      (
        await frontDesk.request.get(`${e2e.serverUrl}/api/v1/billing/reports/gstr1?period=${month}`)
      ).status(),
    ).toBe(403)
    expect(unexpectedErrors(deskErrors, [])).toEqual([])
  })
})
