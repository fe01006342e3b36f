import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Invoice } from '../shared/contracts/billing.ts'
import { formatPaise } from '../shared/format/index.ts'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { issueOnScreen } from './billing-screen.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import {
  meenakshiOnWhatsApp,
  registerConsentingPatient,
  sendWithoutQuietHours,
  sentMessagesOf,
} from './messaging-desk.ts'
import { apiPost, joinThroughApi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 768 }
const REMINDERS = '/api/v1/messaging/payment-reminders'

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text)

async function expectAxeClean(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([])
}

/** A draft of one exempt line of ₹1,23,456.00 (a full-mouth rehabilitation), made at the desk. */
async function draftFor(context: BrowserContext, baseUrl: string, patientId: string) {
  return (await apiPost(context, baseUrl, `/patients/${patientId}/invoices`, {
    lines: [
      {
        description: 'Full-mouth rehabilitation',
        sacCode: '999312',
        quantity: 1,
        unitPricePaise: 1_23_456_00,
      },
    ],
  })) as Invoice
}

/**
 * Issue #14 item 4 at the desk: on an issued invoice with a balance, "Send payment reminder"
 * plans a WhatsApp message to a patient who agreed to WhatsApp, which goes out at once (no quiet
 * hours) stating the amount due; once a day per invoice. A patient who agreed to no channel is
 * refused with the reason; accountants (no patient.read) have neither the screen nor the route.
 */
describe('payment reminder from the invoice', () => {
  const e2e = useNiramayaInChromium()

  it('plans a WhatsApp reminder once a day, refuses without consent, and not for accountants', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    await sendWithoutQuietHours(owner, e2e.serverUrl, [1440])
    const patient = await registerConsentingPatient(owner, e2e.serverUrl, meenakshiOnWhatsApp)
    await draftFor(owner, e2e.serverUrl, patient.id)

    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url(`/patients/${patient.id}?tab=billing`))
    const tab = page.locator('section.billing-tab')
    const detail = tab.locator('section.invoice-detail')
    const remind = detail.getByRole('button', { name: en['billing.sendReminder'], exact: true })
    await tab.locator('tr[data-invoice="draft"]').waitFor()
    await tab.locator('tr[data-invoice="draft"] button').click()
    await detail.waitFor()
    // A draft has nothing due yet: no reminder.
    expect(await remind.count()).toBe(0)

    const number = await issueOnScreen(page)
    await remind.waitFor()
    const due = formatPaise(1_23_456_00)
    expect(due).toBe('₹1,23,456.00')
    expect(await detail.textContent()).toContain(fill(en['billing.reminderDue'], { amount: due }))
    await expectAxeClean(page)

    // The button waits for the answer: held here until it was seen disabled.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(`**${REMINDERS}`, async (route) => {
      await held
      await route.continue()
    })
    await remind.click()
    await expect.poll(() => remind.isDisabled()).toBe(true)
    release()
    const planned = fill(en['messages.plannedNow'], { channel: en['messages.channel.whatsapp'] })
    const status = detail.locator('.payment-reminder [role="status"]')
    await status.getByText(planned, { exact: true }).waitFor()
    expect(await remind.isDisabled()).toBe(false)
    await page.unroute(`**${REMINDERS}`)
    await expectAxeClean(page)

    // Again the same day: refused, with the reason in words.
    await remind.click()
    const alert = detail.getByRole('alert')
    await alert
      .getByText(en['reason.messaging.reminder_already_planned'], { exact: true })
      .waitFor()
    expect(await status.textContent()).toBe('')
    await expectAxeClean(page)

    // It went out once, on WhatsApp, with what is due on the invoice.
    const reminders = await sentMessagesOf(owner, e2e.serverUrl, patient.id, 'payment_reminder')
    expect(reminders).toHaveLength(1)
    expect(reminders[0]?.channel).toBe('whatsapp')
    expect(reminders[0]?.text).toContain(`${due} is due on invoice ${number}`)
    await page.goto(e2e.url('/dev/outbox'))
    const whatsapp = page.getByRole('region', { name: en['outbox.whatsappHeading'] })
    await whatsapp
      .getByRole('article')
      .filter({ hasText: `is due on invoice ${number}` })
      .waitFor()
    expect(unexpectedErrors(errors, [{ status: 409, path: REMINDERS }])).toEqual([])

    // At the front desk, a patient who agreed to no channel: the reason, nothing planned.
    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')
    const silent = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Arjun Nair',
      ageYears: 52,
      sex: 'male',
      phone: '9847011223',
    })
    await draftFor(frontDesk, e2e.serverUrl, silent.id)
    const deskPage = await frontDesk.newPage()
    const deskErrors = collectPageErrors(deskPage)
    await deskPage.goto(e2e.url(`/patients/${silent.id}?tab=billing`))
    await deskPage.locator('section.billing-tab tr[data-invoice="draft"]').waitFor()
    await issueOnScreen(deskPage)
    const deskDetail = deskPage.locator('section.invoice-detail')
    await deskDetail.getByRole('button', { name: en['billing.sendReminder'], exact: true }).click()
    await deskDetail
      .getByRole('alert')
      .getByText(en['reason.messaging.no_channel_consent'], { exact: true })
      .waitFor()
    await expectAxeClean(deskPage)
    // In Hindi, the button and the reason are translated and still accessible.
    await deskPage.getByLabel(en['language.label']).selectOption('hi')
    await deskDetail
      .getByRole('button', { name: hi['billing.sendReminder'], exact: true })
      .waitFor()
    await deskDetail
      .getByRole('alert')
      .getByText(hi['reason.messaging.no_channel_consent'], { exact: true })
      .waitFor()
    await expectAxeClean(deskPage)
    await deskPage.getByLabel(hi['language.label']).selectOption('en')
    expect(unexpectedErrors(deskErrors, [{ status: 409, path: REMINDERS }])).toEqual([])

    // An accountant bills but does not read patients: no invoice screen, and the route refuses.
    const accounts = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, accounts, e2e.serverUrl, 'accountant', 'Ramesh Accounts')
    const accountsPage = await accounts.newPage()
    await accountsPage.goto(e2e.url(`/patients/${patient.id}?tab=billing`))
    await accountsPage
      .getByText(fill(en['notAvailable.body'], { role: en['role.accountant'] }))
      .waitFor()
    expect(
      await accountsPage.getByRole('button', { name: en['billing.sendReminder'] }).count(),
    ).toBe(0)
    const invoices = (await (
      await owner.request.get(e2e.url(`/api/v1/patients/${patient.id}/invoices`))
    ).json()) as { invoices: Invoice[] }
    const csrf = (await accounts.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value
    const refused = await accounts.request.post(e2e.url(REMINDERS), {
      data: { invoiceId: invoices.invoices[0]?.id },
      headers: { 'x-csrf-token': csrf ?? '' },
    })
    expect(refused.status()).toBe(403)
  })
})
