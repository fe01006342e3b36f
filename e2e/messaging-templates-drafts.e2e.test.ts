import { describe, expect, it } from 'vitest'
import { defaultTemplates } from '../shared/messaging/index.ts'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useFakeMeta } from './fake-meta.ts'
import { useNiramayaInChromium } from './harness.ts'
import {
  bookAtTen,
  clinicThatWrote,
  daysAhead,
  errorOfInput,
  meenakshiOnWhatsApp,
  newMobile,
  registerConsentingPatient,
} from './messaging-desk.ts'
import { joinThroughApi } from './patient-desk.ts'

// The clinic's own wording of its messages (/messaging/templates) and click-to-chat: the front
// desk sends the day's messages from the clinic's own WhatsApp (/messaging/drafts).

const viewport = { width: 1366, height: 900 }
/** Drafts are planned through the job queue, moments after the booking commits. */
const WAIT_MS = 15_000

const OWN_WORDING =
  ': Namaste {{patient}}, we look forward to seeing you with {{doctor}} on {{when}}. Reply STOP to stop these messages.'

describe('message wording, click-to-chat and the unread badge', () => {
  // Before the server starts: it reads the fake Meta's settings from the environment.
  const meta = useFakeMeta(() => e2e.serverUrl)
  const e2e = useNiramayaInChromium()

  it('the owner words the confirmation; the front desk sends it from the clinic’s WhatsApp and marks it sent', async () => {
    const owner = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const page = await owner.newPage()
    const errors = collectPageErrors(page)

    // The wording, reached from the messaging settings.
    await page.goto(e2e.url('/messaging/settings'))
    await page.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
    await page.getByRole('link', { name: en['templates.link'] }).click()
    await page.getByRole('heading', { level: 1, name: en['templates.title'] }).waitFor()
    const confirmation = page.getByRole('form', {
      name: en['templates.formLabel']
        .replace('{kind}', en['messages.kind.appointment_confirmation'])
        .replace('{language}', en['templates.language.en']),
    })
    const body = confirmation.getByLabel(
      en['templates.body'].replace('{language}', en['templates.language.en']),
    )
    await expect.poll(() => body.inputValue()).toContain('{{clinic}}: Hello {{patient}}')
    expect(await confirmation.textContent()).toContain(en['templates.isDefault'])
    expect(await confirmation.textContent()).toContain('Sunrise Dental Care: Hello')
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Without the clinic's name the server refuses, naming the text.
    await body.fill(OWN_WORDING)
    expect(await confirmation.textContent()).toContain(en['templates.previewUnavailable'])
    await confirmation.getByRole('button', { name: en['templates.save'] }).click()
    await expect.poll(() => errorOfInput(body)).toBe(en['reason.messaging.template_clinic_missing'])
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The {{clinic}} placeholder inserted at the start, where the cursor is.
    await body.focus()
    await body.evaluate((area) => (area as HTMLTextAreaElement).setSelectionRange(0, 0))
    await confirmation
      .getByRole('group', { name: en['templates.placeholders'] })
      .getByRole('button', { name: '{{clinic}}', exact: true })
      .click()
    await expect.poll(() => body.inputValue()).toBe(`{{clinic}}${OWN_WORDING}`)
    const preview = confirmation.locator('.template-preview-text')
    await expect
      .poll(() => preview.textContent())
      .toMatch(
        /^Sunrise Dental Care: Namaste Asha Patel, .* with Dr\. Mehta on \d{2}\/\d{2}\/\d{4}, 10:30 am\./,
      )
    await confirmation.getByRole('button', { name: en['templates.save'] }).click()
    await confirmation.getByRole('status').getByText(en['templates.saved']).waitFor()
    expect(await errorOfInput(body)).toBe('')
    expect(await confirmation.textContent()).toContain(en['templates.isCustom'])
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Click-to-chat, with no quiet hours so the confirmation is due at once.
    await page.getByRole('link', { name: en['messaging.title'] }).click()
    await page.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
    expect(await page.getByRole('link', { name: en['drafts.link'] }).count()).toBe(0)
    await page.getByLabel(en['messaging.mode.click_to_chat']).check()
    await page.getByLabel(en['messaging.quietStart']).fill('00:00')
    await page.getByLabel(en['messaging.quietEnd']).fill('00:00')
    await page.getByRole('button', { name: en['messaging.save'] }).click()
    await page.getByRole('status').getByText(en['messaging.saved']).waitFor()
    await page.getByRole('link', { name: en['drafts.link'] }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    const doctorContext = await e2e.newContext()
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    // A patient who agreed to WhatsApp messages, booked two days ahead.
    const patient = await registerConsentingPatient(owner, e2e.serverUrl, meenakshiOnWhatsApp)
    await bookAtTen(owner, e2e.serverUrl, {
      patientId: patient.id,
      doctorUserId: doctor.userId,
      date: daysAhead(2),
      allowOutsideHours: true,
    })

    // The front desk finds the drafts from the inbox.
    const desk = await e2e.newContext({ viewport, bypassCSP: true })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')
    const deskPage = await desk.newPage()
    const deskErrors = collectPageErrors(deskPage)
    await deskPage.goto(e2e.url('/'))
    await deskPage.getByRole('navigation').getByRole('link', { name: en['nav.messaging'] }).click()
    await deskPage.getByRole('heading', { level: 1, name: en['inbox.title'] }).waitFor()
    await deskPage.getByRole('link', { name: en['drafts.link'] }).click()
    await deskPage.getByRole('heading', { level: 1, name: en['drafts.title'] }).waitFor()

    const draft = deskPage.getByRole('article', { name: 'Meenakshi Subramanian' })
    const deadline = Date.now() + WAIT_MS
    while ((await draft.count()) === 0) {
      if (Date.now() > deadline) throw new Error('the confirmation was never drafted')
      await deskPage.waitForTimeout(300)
      await deskPage.getByRole('button', { name: en['messages.refresh'] }).click()
    }
    const text = await draft.locator('.draft-text').textContent()
    expect(text).toMatch(
      /^Sunrise Dental Care: Namaste Meenakshi Subramanian, we look forward to seeing you with .+ on \d{2}\/\d{2}\/\d{4}, 10:00 am\./,
    )
    expect(await draft.textContent()).toContain(en['messages.kind.appointment_confirmation'])
    expect(await draft.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} (am|pm)/)
    const open = draft.getByRole('link', { name: en['drafts.open'] })
    const href = (await open.getAttribute('href')) ?? ''
    expect(href.startsWith('https://wa.me/919845012345?text=')).toBe(true)
    expect(new URL(href).searchParams.get('text')).toBe(text)
    expect(await open.getAttribute('target')).toBe('_blank')
    expect(await open.getAttribute('rel')).toContain('noopener')
    expect(await findSeriousAxeViolations(deskPage)).toEqual([])

    await draft.getByRole('button', { name: en['drafts.markSent'] }).click()
    await deskPage
      .getByRole('status')
      .getByText(en['drafts.marked'].replace('{name}', 'Meenakshi Subramanian'))
      .waitFor()
    expect(await draft.count()).toBe(0)
    await deskPage.getByText(en['drafts.empty']).waitFor()
    expect(await findSeriousAxeViolations(deskPage)).toEqual([])

    // Gone for good: marked sent on the server, not only on this screen.
    await deskPage.reload()
    await deskPage.getByText(en['drafts.empty']).waitFor()
    expect(await (await desk.request.get(e2e.url('/api/v1/messaging/drafts'))).json()).toEqual([])
    // Back to the standard wording for the bookings to come.
    await page.goto(e2e.url('/messaging/templates'))
    await expect.poll(() => body.inputValue()).toBe(`{{clinic}}${OWN_WORDING}`)
    await confirmation.getByRole('button', { name: en['templates.useDefault'] }).click()
    await confirmation.getByRole('status').getByText(en['templates.resetDone']).waitFor()
    expect(await body.inputValue()).toBe(defaultTemplates.appointment_confirmation.en)
    expect(await confirmation.textContent()).toContain(en['templates.isDefault'])
    expect(
      await confirmation.getByRole('button', { name: en['templates.useDefault'] }).isDisabled(),
    ).toBe(true)

    // The wording without the clinic's name was refused, as the test meant it to be.
    expect(
      unexpectedErrors(errors, [
        { status: 400, path: '/api/v1/messaging/templates/appointment_confirmation/en' },
      ]),
    ).toEqual([])
    expect(unexpectedErrors(deskErrors, [])).toEqual([])
  })

  it('the front desk cannot change the wording', async () => {
    const owner = await e2e.newContext()
    await signUpThroughApi(owner, e2e.serverUrl)
    const desk = await e2e.newContext({ viewport })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')
    const page = await desk.newPage()
    await page.goto(e2e.url('/messaging/templates'))
    await page.getByRole('heading', { level: 1, name: en['templates.title'] }).waitFor()
    await page
      .getByText(en['notAvailable.body'].replace('{role}', en['role.receptionist']))
      .waitFor()
    expect(await page.getByRole('button', { name: en['templates.save'] }).count()).toBe(0)
    expect((await desk.request.get(e2e.url('/api/v1/messaging/templates'))).status()).toBe(403)
  })

  it('the Messaging item shows the unread count to the front desk until the conversation is opened', async () => {
    const owner = await e2e.newContext()
    // The patient can write back once the clinic has written.
    const mobile = newMobile('96')
    await clinicThatWrote(e2e, meta, owner, {
      fullName: 'Farhan Qureshi',
      ageYears: 52,
      sex: 'male',
      phone: mobile,
    })
    await meta.patientWrites(mobile, 'I will be ten minutes late')

    const desk = await e2e.newContext({ viewport, bypassCSP: true })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')
    const page = await desk.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url('/'))
    const nav = page.getByRole('navigation', { name: en['nav.label'] })
    const unreadName = `${en['nav.messaging']} ${en['nav.messagingUnread'].replace('{count}', '1')}`
    await nav.getByRole('link', { name: unreadName, exact: true }).waitFor()
    expect(await nav.locator('.nav-badge').textContent()).toBe('1')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    // On a phone the navigation scrolls sideways; the badge never widens the page.
    await page.setViewportSize({ width: 375, height: 812 })
    await nav.getByRole('link', { name: unreadName, exact: true }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await page.setViewportSize(viewport)

    // Opening the conversation marks it seen; the next page reads the count again.
    await nav.getByRole('link', { name: unreadName, exact: true }).click()
    const entry = page
      .getByRole('region', { name: en['inbox.listHeading'] })
      .getByRole('link', { name: /Farhan Qureshi/ })
    await entry.click()
    await expect.poll(() => entry.textContent()).not.toContain(en['inbox.unreadOne'])
    await expect.poll(() => nav.locator('.nav-badge').count()).toBe(0)
    await nav.getByRole('link', { name: en['nav.patients'], exact: true }).click()
    await nav.getByRole('link', { name: en['nav.messaging'], exact: true }).waitFor()
    expect(await nav.locator('.nav-badge').count()).toBe(0)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
