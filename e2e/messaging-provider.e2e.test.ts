import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MessagingProvider } from '../shared/contracts/messaging.ts'
import { formatDateTime } from '../shared/format/index.ts'
import { type FakeWhatsApp, startFakeWhatsApp } from '../test/fake-whatsapp.ts'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { errorOfInput } from './messaging-desk.ts'
import { joinThroughApi } from './patient-desk.ts'

const phone = { width: 390, height: 844 }
const apiKey = 'aW50ZXJha3QtZTJlLWtleS0wMTIzNDU2Nzg5'
const testMobile = '9845012345'
const webhookPattern = /\/api\/v1\/webhooks\/whatsapp\/interakt\/[A-Za-z0-9_-]{43}$/

/**
 * Interakt stood in for by a local HTTP server (test/fake-whatsapp.ts). Call BEFORE
 * useNiramayaInChromium(): hooks run in the order registered, and the server reads
 * INTERAKT_API_URL from the environment when it starts.
 */
function useFakeInterakt(): { readonly fake: FakeWhatsApp } {
  let fake: FakeWhatsApp | undefined
  let saved: string | undefined
  beforeAll(async () => {
    fake = await startFakeWhatsApp('interakt')
    saved = process.env.INTERAKT_API_URL
    process.env.INTERAKT_API_URL = fake.url
  })
  afterAll(async () => {
    await fake?.close()
    if (saved === undefined) delete process.env.INTERAKT_API_URL
    else process.env.INTERAKT_API_URL = saved
  })
  return {
    get fake() {
      if (!fake) throw new Error('the fake Interakt did not start')
      return fake
    },
  }
}

async function readProvider(context: BrowserContext, url: string): Promise<MessagingProvider> {
  const response = await context.request.get(`${url}/api/v1/messaging/provider`)
  expect(response.status()).toBe(200)
  return (await response.json()) as MessagingProvider
}

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0)
}

const senderNow = (section: Locator) => section.locator('.sender-now').textContent()

describe('WhatsApp sender', () => {
  const interakt = useFakeInterakt()
  const e2e = useNiramayaInChromium()

  it('an owner connects Interakt on a phone with a test message, copies the webhook and disconnects', async () => {
    const owner = await e2e.newContext({ viewport: phone, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    await owner.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: e2e.serverUrl,
    })
    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url('/settings'))
    await page.getByRole('link', { name: en['messaging.title'] }).click()
    await page.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()

    // Nothing connected: the development server's local outbox sends.
    const section = page.getByRole('region', { name: en['sender.heading'] })
    await section.getByText(en['sender.outbox']).waitFor()
    expect(await senderNow(section)).toBe(`${en['sender.now']} ${en['sender.outbox']}`)
    const form = section.getByRole('form', { name: en['sender.connectHeading'] })
    const apiKeyInput = form.getByLabel(en['sender.apiKey'])
    expect(await apiKeyInput.count()).toBe(0)
    await form.getByLabel(en['sender.phoneNumberId']).waitFor()

    // Interakt's fields only; the key is a password input the browser does not remember.
    await form.getByRole('radio', { name: en['sender.provider.interakt'] }).check()
    expect(await form.getByLabel(en['sender.phoneNumberId']).count()).toBe(0)
    expect(await apiKeyInput.getAttribute('type')).toBe('password')
    expect(await apiKeyInput.getAttribute('autocomplete')).toBe('off')
    await form.getByLabel(en['sender.webhookSecret']).waitFor()
    const mobileInput = form.getByLabel(en['sender.testMobile'])
    const connect = form.getByRole('button', { name: en['sender.connect'] })

    // Checked before sending: nothing reaches the provider.
    await connect.click()
    await expect.poll(() => errorOfInput(apiKeyInput)).toBe(en['form.required'])
    expect(await errorOfInput(mobileInput)).toBe(en['form.required'])
    expect(interakt.fake.received).toEqual([])

    // A provider that never answers: the button waits, then the reason shows at the top.
    interakt.fake.behave('hang')
    await apiKeyInput.fill(apiKey)
    await mobileInput.fill('98450 12345')
    await connect.click()
    const sending = form.getByRole('button', { name: en['sender.sending'] })
    await sending.waitFor()
    expect(await sending.isDisabled()).toBe(true)
    await form
      .getByRole('alert')
      .getByText(en['reason.messaging.provider_unreachable'].replace('{code}', 'ETIMEDOUT'))
      .waitFor()
    expect(await errorOfInput(apiKeyInput)).toBe('')
    expect(await connect.isEnabled()).toBe(true)

    // A refused key: said at the API key field, and nothing saved.
    interakt.fake.received.splice(0)
    interakt.fake.behave(401)
    await connect.click()
    await expect
      .poll(() => errorOfInput(apiKeyInput))
      .toBe(en['reason.messaging.provider_refused'].replace('{code}', '401'))
    await form.getByRole('alert').getByText(en['form.fixErrors']).waitFor()
    expect(interakt.fake.received).toHaveLength(1)
    expect(await readProvider(owner, e2e.serverUrl)).toEqual({ sender: 'outbox', connection: null })
    expect(await senderNow(section)).toBe(`${en['sender.now']} ${en['sender.outbox']}`)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Accepted: exactly one test message, to that number, with the key as Basic authorization.
    interakt.fake.received.splice(0)
    interakt.fake.behave('ok')
    await connect.click()
    await section
      .getByRole('status')
      .getByText(en['sender.connected'].replace('{mobile}', '+91 98450 12345'))
      .waitFor()
    expect(interakt.fake.received).toHaveLength(1)
    const [request] = interakt.fake.received
    expect(request?.method).toBe('POST')
    expect(request?.path).toBe('/v1/public/message/')
    expect(request?.headers.authorization).toBe(`Basic ${apiKey}`)
    expect(request?.body).toMatchObject({
      countryCode: '+91',
      phoneNumber: testMobile,
      type: 'Text',
    })

    // The connected state: the account, when it was tested, and the webhook address to paste.
    const saved = await readProvider(owner, e2e.serverUrl)
    expect(saved.sender).toBe('clinic')
    const connection = saved.connection
    if (!connection) throw new Error('the account was not saved')
    expect(connection).toMatchObject({ provider: 'interakt', verifyToken: null })
    expect(connection.webhookUrl).toMatch(webhookPattern)
    expect(await senderNow(section)).toBe(
      `${en['sender.now']} ${en['sender.clinic']
        .replace('{label}', `Interakt · API key …${apiKey.slice(-4)}`)
        .replace('{time}', formatDateTime(connection.testedAt))}`,
    )
    expect(await form.count()).toBe(0)
    await section.getByText(en['sender.instructions.interakt']).waitFor()
    const webhook = section.getByRole('textbox', { name: en['sender.webhookUrl'] })
    expect(await webhook.inputValue()).toBe(connection.webhookUrl)
    expect(await section.getByRole('textbox', { name: en['sender.verifyToken'] }).count()).toBe(0)
    await section
      .getByRole('button', {
        name: en['sender.copyNamed'].replace('{what}', en['sender.webhookUrl']),
      })
      .click()
    await section.getByText(en['sender.copied']).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(connection.webhookUrl)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await expectNoHorizontalScroll(page)

    // The same section in Hindi.
    await page.getByLabel(en['language.label']).selectOption('hi')
    const hindi = page.getByRole('region', { name: hi['sender.heading'] })
    await hindi.getByRole('textbox', { name: hi['sender.webhookUrl'] }).waitFor()
    await hindi.getByText(hi['sender.instructions.interakt']).waitFor()
    await hindi.getByRole('button', { name: hi['sender.disconnect'] }).waitFor()
    await hindi.getByRole('button', { name: hi['sender.replace'] }).click()
    await hindi.getByRole('form', { name: hi['sender.connectHeading'] }).waitFor()
    await hindi.getByRole('radio', { name: hi['sender.provider.meta'] }).waitFor()
    await hindi.getByLabel(hi['sender.testMobile']).waitFor()
    await hindi.getByRole('button', { name: hi['sender.connect'] }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await hindi.getByRole('button', { name: hi['form.cancel'] }).click()
    await page.getByLabel(hi['language.label']).selectOption('en')

    // Disconnect, after a confirmation: back to the outbox, and the connect form again.
    await section.getByRole('button', { name: en['sender.disconnect'] }).click()
    const dialog = page.getByRole('dialog', { name: en['sender.disconnectTitle'] })
    await dialog.getByText(en['sender.disconnectBody']).waitFor()
    await dialog.getByRole('button', { name: en['sender.disconnect'] }).click()
    await section.getByRole('status').getByText(en['sender.disconnected']).waitFor()
    expect(await senderNow(section)).toBe(`${en['sender.now']} ${en['sender.outbox']}`)
    await form.waitFor()
    expect(await section.getByRole('textbox', { name: en['sender.webhookUrl'] }).count()).toBe(0)
    expect(await readProvider(owner, e2e.serverUrl)).toEqual({ sender: 'outbox', connection: null })
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(interakt.fake.received).toHaveLength(1)
    expect(unexpectedErrors(errors, [{ status: 400, path: '/api/v1/messaging/provider' }])).toEqual(
      [],
    )
  })

  it('admins see the sender; a receptionist has neither the page nor the API', async () => {
    const owner = await e2e.newContext()
    await signUpThroughApi(owner, e2e.serverUrl)
    const admin = await e2e.newContext({ viewport: phone })
    await joinThroughApi(owner, admin, e2e.serverUrl, 'admin')
    const desk = await e2e.newContext({ viewport: phone })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')

    const adminPage = await admin.newPage()
    await adminPage.goto(e2e.url('/messaging/settings'))
    const section = adminPage.getByRole('region', { name: en['sender.heading'] })
    await section.getByText(en['sender.outbox']).waitFor()
    await section.getByRole('button', { name: en['sender.connect'] }).waitFor()

    const deskPage = await desk.newPage()
    const errors = collectPageErrors(deskPage)
    await deskPage.goto(e2e.url('/messaging/settings'))
    await deskPage.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
    await deskPage
      .getByText(en['notAvailable.body'].replace('{role}', en['role.receptionist']))
      .waitFor()
    expect(await deskPage.getByRole('region', { name: en['sender.heading'] }).count()).toBe(0)
    expect(await deskPage.getByRole('button', { name: en['sender.connect'] }).count()).toBe(0)
    expect((await desk.request.get(e2e.url('/api/v1/messaging/provider'))).status()).toBe(403)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
