import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Invoice } from '../shared/contracts/billing.ts'
import type { Prescription } from '../shared/contracts/prescriptions.ts'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { issueOnScreen } from './billing-screen.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { type E2e, useNiramayaInChromium } from './harness.ts'
import {
  meenakshiOnWhatsApp,
  registerConsentingPatient,
  sendWithoutQuietHours,
  sentMessagesOf,
} from './messaging-desk.ts'
import { apiPost, joinThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 768 }
/** A document reaches the outbox through the job queue, moments after it is planned. */
const WAIT_MS = 15_000
const INVOICE_DOCUMENTS = '/api/v1/messaging/documents/invoices'

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text)

async function expectAxeClean(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([])
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 200))

/** A clinic sending on WhatsApp without quiet hours, and a patient who agreed to everything. */
async function clinicWithPatient(e2e: E2e) {
  const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
  await signUpThroughApi(owner, e2e.serverUrl)
  await sendWithoutQuietHours(owner, e2e.serverUrl, [1440])
  const patient = await registerConsentingPatient(owner, e2e.serverUrl, meenakshiOnWhatsApp)
  return { owner, patient }
}

/**
 * The link the WhatsApp provider was given for a message's PDF. The development outbox page
 * shows what the patient reads, not the link (GET /dev/outbox/whatsapp leaves it out), so it is
 * read from the outbox's file for the message, which the local provider writes in full.
 */
async function documentLinkOf(e2e: E2e, messageId: string): Promise<string> {
  const folder = path.join(e2e.dataDir, 'whatsapp-outbox')
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names.filter((each) => each.endsWith('.json'))) {
      const message = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as {
        callbackData: string
        document?: { url: string; filename: string }
      }
      if (message.callbackData.endsWith(`:${messageId}`) && message.document) {
        return message.document.url
      }
    }
    if (Date.now() > deadline) throw new Error(`no WhatsApp document for ${messageId}`)
    await pause()
  }
}

/** The WhatsApp message in the development outbox (as the owner) and its PDF, with no session. */
async function expectDocumentSent(e2e: E2e, owner: BrowserContext, text: string, id: string) {
  const page = await owner.newPage()
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    await page.goto(e2e.url('/dev/outbox'))
    const whatsapp = page.getByRole('region', { name: en['outbox.whatsappHeading'] })
    await whatsapp.waitFor()
    await whatsapp.getByRole('article').first().waitFor()
    if ((await whatsapp.getByRole('article').filter({ hasText: text }).count()) > 0) break
    if (Date.now() > deadline) throw new Error(`no WhatsApp message saying ${text}`)
    await pause()
  }
  const link = new URL(await documentLinkOf(e2e, id))
  expect(link.pathname).toMatch(/^\/api\/v1\/message-documents\/[A-Za-z0-9_-]{43}$/)
  // Whoever holds the link fetches the file (the provider does): no session, no cookies.
  const stranger = await e2e.newContext()
  const pdf = await stranger.request.get(e2e.url(link.pathname))
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toContain('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
}

/**
 * Issue #14 item 4 at the desk and the chair: "Send to patient" on an issued invoice (the front
 * desk) and on an issued prescription (the doctor of the patient's care team) sends the PDF on
 * WhatsApp to a patient who agreed to it, at once without quiet hours, once a day per document.
 */
describe('sending documents to the patient', () => {
  const e2e = useNiramayaInChromium()

  it('the front desk sends an issued invoice on WhatsApp, once a day, in English and Hindi', async () => {
    const { owner, patient } = await clinicWithPatient(e2e)
    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')
    await apiPost(frontDesk, e2e.serverUrl, `/patients/${patient.id}/invoices`, {
      lines: [
        {
          description: 'Root canal treatment',
          sacCode: '999312',
          quantity: 1,
          unitPricePaise: 8_500_00,
        },
      ],
    })

    const page = await frontDesk.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url(`/patients/${patient.id}?tab=billing`))
    const tab = page.locator('section.billing-tab')
    const detail = tab.locator('section.invoice-detail')
    const send = detail.getByRole('button', { name: en['billing.sendToPatient'], exact: true })
    await tab.locator('tr[data-invoice="draft"] button').click()
    await detail.waitFor()
    // A draft is no document yet: nothing to send.
    expect(await send.count()).toBe(0)

    const number = await issueOnScreen(page)
    await send.waitFor()
    await expectAxeClean(page)

    // The button waits for the answer: held here until it was seen disabled.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(`**${INVOICE_DOCUMENTS}/*`, async (route) => {
      await held
      await route.continue()
    })
    await send.click()
    await expect.poll(() => send.isDisabled()).toBe(true)
    release()
    const status = detail.locator('.send-document [role="status"]')
    const sent = fill(en['messages.invoiceSentNow'], { channel: en['messages.channel.whatsapp'] })
    await status.getByText(sent, { exact: true }).waitFor()
    expect(await send.isDisabled()).toBe(false)
    await page.unroute(`**${INVOICE_DOCUMENTS}/*`)
    await expectAxeClean(page)

    // Again the same day: refused, with the reason in words, and the status gone.
    await send.click()
    const alert = detail.locator('.send-document').getByRole('alert')
    await alert
      .getByText(en['reason.messaging.document_already_planned'], { exact: true })
      .waitFor()
    expect(await status.textContent()).toBe('')
    await expectAxeClean(page)

    // In Hindi, the button and the reason are translated and still accessible.
    await page.getByLabel(en['language.label']).selectOption('hi')
    await detail.getByRole('button', { name: hi['billing.sendToPatient'], exact: true }).waitFor()
    await alert
      .getByText(hi['reason.messaging.document_already_planned'], { exact: true })
      .waitFor()
    await expectAxeClean(page)
    await page.getByLabel(hi['language.label']).selectOption('en')
    const invoices = (await (
      await owner.request.get(e2e.url(`/api/v1/patients/${patient.id}/invoices`))
    ).json()) as { invoices: Invoice[] }
    const invoiceId = invoices.invoices[0]?.id ?? ''
    expect(
      unexpectedErrors(errors, [{ status: 409, path: `${INVOICE_DOCUMENTS}/${invoiceId}` }]),
    ).toEqual([])

    // It went out once, on WhatsApp, naming the invoice, with the PDF behind its link.
    const documents = await sentMessagesOf(owner, e2e.serverUrl, patient.id, 'document_ready')
    expect(documents).toHaveLength(1)
    expect(documents[0]?.channel).toBe('whatsapp')
    const saying = `your invoice ${number} is attached`
    expect(documents[0]?.text).toContain(saying)
    await expectDocumentSent(e2e, owner, saying, documents[0]?.id ?? '')
  })

  it('the doctor sends an issued prescription of a patient on their care team', async () => {
    const { owner, patient } = await clinicWithPatient(e2e)
    const doctorContext = await e2e.newContext({ viewport: desk, bypassCSP: true })
    const doctor = await joinThroughApi(
      owner,
      doctorContext,
      e2e.serverUrl,
      'doctor',
      'Dr Asha Rao',
    )
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
      userId: doctor.userId,
    })
    const staff = (await (await owner.request.get(e2e.url('/api/v1/staff'))).json()) as {
      id: string
      userId: string
    }[]
    const membership = staff.find((member) => member.userId === doctor.userId)
    const csrf = (await owner.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value
    const registered = await owner.request.fetch(e2e.url(`/api/v1/staff/${membership?.id}`), {
      method: 'PATCH',
      data: {
        qualification: 'BDS',
        registrationNumber: 'A-12345',
        registrationCouncil: 'Maharashtra State Dental Council',
      },
      headers: { 'x-csrf-token': csrf ?? '' },
    })
    expect(registered.status()).toBeLessThan(300)
    // The doctor writes and issues it (the pad's own journey is e2e/prescription-pad).
    const draft = (await apiPost(
      doctorContext,
      e2e.serverUrl,
      `/patients/${patient.id}/prescriptions`,
      {
        diagnosis: 'Acute apical abscess, 46',
        advice: 'Warm saline rinses',
        followUpDate: null,
        language: 'en',
        lines: [
          {
            drugCode: 'azithromycin',
            isCustom: false,
            genericName: 'Azithromycin',
            strength: { label: '500 mg', mg: 500 },
            form: 'tablet',
            doseAmount: 1,
            doseUnit: 'tablet',
            route: 'oral',
            frequency: '1-0-0',
            foodTiming: 'after_food',
            durationDays: 3,
            quantity: '3 tablets',
            instructions: 'Complete the course',
          },
        ],
      },
    )) as Prescription
    const issued = (await apiPost(
      doctorContext,
      e2e.serverUrl,
      `/prescriptions/${draft.id}/issue`,
      {
        overrides: [],
      },
    )) as Prescription

    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url(`/patients/${patient.id}?tab=prescriptions`))
    const row = page.locator('table.rx-list tbody tr', { hasText: 'Azithromycin' })
    await row.getByRole('button', { name: en['prescriptions.open'], exact: true }).click()
    const view = page.locator('section.rx-view')
    await view.waitFor()
    const send = view.getByRole('button', { name: en['prescriptions.sendToPatient'], exact: true })
    await send.click()
    const sent = fill(en['messages.prescriptionSentNow'], {
      channel: en['messages.channel.whatsapp'],
    })
    await view.locator('.send-document [role="status"]').getByText(sent, { exact: true }).waitFor()
    expect(await view.getByRole('alert').count()).toBe(0)
    await expectAxeClean(page)
    expect(unexpectedErrors(errors, [])).toEqual([])

    const documents = await sentMessagesOf(owner, e2e.serverUrl, patient.id, 'document_ready')
    expect(documents).toHaveLength(1)
    expect(documents[0]?.channel).toBe('whatsapp')
    const saying = `your prescription ${issued.number} is attached`
    expect(documents[0]?.text).toContain(saying)
    await expectDocumentSent(e2e, owner, saying, documents[0]?.id ?? '')
  })
})
