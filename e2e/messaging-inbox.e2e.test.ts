import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CONSENT_ITEMS } from '../shared/consent/consent-items.ts'
import { todayInZone } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useFakeMeta } from './fake-meta.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, registerThroughApi } from './patient-desk.ts'

// The WhatsApp inbox (/messaging): the front desk reads what patients wrote and answers within
// WhatsApp's 24-hour window. Patients write through a fake Meta Cloud API's signed webhooks.

const phone = { width: 375, height: 812 }
const viewport = { width: 1366, height: 900 }
const WAIT_MS = 15_000

/** A mobile number no other run has written to, so a reply finds this clinic only. */
const newMobile = () => `97${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0)
}

/** The text of the error an input points to with aria-describedby. */
function errorOf(input: Locator): Promise<string> {
  return input.evaluate((element) => {
    const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = ids.find((id) => id.endsWith('-error'))
    return (error && document.getElementById(error)?.textContent) || ''
  })
}

describe('WhatsApp inbox', () => {
  const meta = useFakeMeta(() => e2e.serverUrl)
  const e2e = useNiramayaInChromium()

  /**
   * A clinic sending without quiet hours, with a patient who agreed to WhatsApp messages and
   * was sent the confirmation of a booking: the number the clinic wrote to, who can write back.
   */
  async function clinicThatWrote(owner: BrowserContext, mobile: string) {
    await signUpThroughApi(owner, e2e.serverUrl)
    await apiPost(
      owner,
      e2e.serverUrl,
      '/messaging/settings',
      {
        mode: 'whatsapp',
        sendConfirmations: true,
        reminderMinutes: [1440],
        quietHours: { start: '00:00', end: '00:00' },
      },
      'PUT',
    )
    const doctorContext = await e2e.newContext()
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    const patient = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Anita Desai',
      ageYears: 34,
      sex: 'female',
      phone: mobile,
    })
    const notice = (await (
      await owner.request.get(e2e.url('/api/v1/consent/notice?language=en'))
    ).json()) as { id: string }
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/consent`, {
      noticeId: notice.id,
      items: Object.fromEntries(CONSENT_ITEMS.map((item) => [item, true])),
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    })
    const sentBefore = meta.received.length
    await apiPost(owner, e2e.serverUrl, '/appointments', {
      patientId: patient.id,
      doctorUserId: doctor.userId,
      startsAt: `${addDays(todayInZone('Asia/Kolkata'), 3)}T10:00:00+05:30`,
      durationMinutes: 30,
      allowOutsideHours: true,
    })
    const deadline = Date.now() + WAIT_MS
    while (meta.received.length === sentBefore) {
      if (Date.now() > deadline) throw new Error('the confirmation never reached the fake Meta')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return { patient, doctorContext }
  }

  it('the front desk reads a patient’s message on a phone, marks it read and replies', async () => {
    const owner = await e2e.newContext()
    const mobile = newMobile()
    const { patient } = await clinicThatWrote(owner, mobile)
    await meta.patientWrites(mobile, 'Can I come at 5 pm instead?')
    const desk = await e2e.newContext({ viewport: phone, bypassCSP: true })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')
    const page = await desk.newPage()
    const errors = collectPageErrors(page)

    await page.goto(e2e.url('/'))
    await page.getByRole('navigation').getByRole('link', { name: en['nav.messaging'] }).click()
    await page.getByRole('heading', { level: 1, name: en['inbox.title'] }).waitFor()
    const list = page.getByRole('region', { name: en['inbox.listHeading'] })
    const entry = list.getByRole('link', { name: /Anita Desai/ })
    await entry.waitFor()
    expect(await entry.textContent()).toContain(en['inbox.unreadOne'])
    expect(await entry.textContent()).toContain(en['inbox.last.in'])
    expect(await entry.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} (am|pm)/)
    expect(await list.getByRole('heading').textContent()).toBe(
      `${en['inbox.listHeading']} ${en['inbox.unreadTotal'].replace('{count}', '1')}`,
    )
    // The front desk does not change how messages go out.
    expect(await page.getByRole('link', { name: en['messaging.title'] }).count()).toBe(0)
    await expectNoHorizontalScroll(page)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // On a phone the conversation takes the screen, with a way back to the list.
    await entry.click()
    expect(new URL(page.url()).search).toBe(`?patient=${patient.id}`)
    const chat = page.getByRole('region', {
      name: en['inbox.conversationWith'].replace('{name}', 'Anita Desai'),
    })
    const question = chat.getByRole('listitem').filter({ hasText: 'Can I come at 5 pm instead?' })
    await question.waitFor()
    expect(await question.getAttribute('class')).toContain('chat-bubble-in')
    const confirmation = chat
      .getByRole('listitem')
      .filter({ hasText: en['messages.kind.appointment_confirmation'] })
    expect(await confirmation.getAttribute('class')).toContain('chat-bubble-out')
    expect(await entry.isVisible()).toBe(false)
    await page
      .getByText(/^You can reply until \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} (am|pm)\.$/)
      .waitFor()
    await expectNoHorizontalScroll(page)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Opening it marked it read.
    await expect
      .poll(async () => {
        const inbox = await desk.request.get(e2e.url('/api/v1/messaging/conversations'))
        return ((await inbox.json()) as { unread: number }).unread
      })
      .toBe(0)

    const reply = page.getByLabel(en['inbox.replyLabel'])
    await page.getByRole('button', { name: en['inbox.send'] }).click()
    await expect.poll(() => errorOf(reply)).toBe(en['inbox.replyEmpty'])
    await reply.fill('Yes, 5 pm is free. See you then.')
    await page.getByRole('button', { name: en['inbox.send'] }).click()
    await page.getByRole('status').getByText(en['inbox.sent']).waitFor()
    expect(await reply.inputValue()).toBe('')
    const answer = chat.getByRole('listitem').filter({ hasText: 'Yes, 5 pm is free.' })
    await answer.waitFor()
    expect(await answer.getAttribute('class')).toContain('chat-bubble-out')
    // The worker sends it moments later; Refresh reads the conversation again.
    const deadline = Date.now() + WAIT_MS
    while (!(await answer.textContent())?.includes(en['messages.status.sent'])) {
      if (Date.now() > deadline) throw new Error('the reply was not sent')
      await page.waitForTimeout(300)
      await page.getByRole('button', { name: en['messages.refresh'] }).click()
    }
    expect(await answer.locator('.message-ticks').textContent()).toBe('✓')
    expect(meta.textsSent()).toContainEqual({
      to: `91${mobile}`,
      body: 'Yes, 5 pm is free. See you then.',
    })
    await expectNoHorizontalScroll(page)

    await page.getByRole('link', { name: en['inbox.back'] }).click()
    await entry.waitFor()
    await page.getByRole('button', { name: en['messages.refresh'] }).click()
    await expect.poll(() => entry.textContent()).toContain(en['inbox.last.out'])
    expect(await entry.textContent()).not.toContain(en['inbox.unreadOne'])

    await page.getByLabel(en['language.label']).selectOption('hi')
    await page.getByRole('heading', { level: 1, name: hi['inbox.title'] }).waitFor()
    await expectNoHorizontalScroll(page)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('explains the closed window, and is not there for doctors', async () => {
    const owner = await e2e.newContext({ viewport, bypassCSP: true })
    const { doctorContext } = await clinicThatWrote(owner, newMobile())
    const quiet = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Ravi Kumar',
      ageYears: 41,
      sex: 'male',
      phone: newMobile(),
    })
    const page = await owner.newPage()
    const errors = collectPageErrors(page)

    // A patient who never wrote: nothing to read, and WhatsApp allows no free text.
    await page.goto(e2e.url(`/messaging?patient=${quiet.id}`))
    await page.getByRole('heading', { level: 2, name: 'Ravi Kumar' }).waitFor()
    await page.getByText(en['inbox.noMessages']).waitFor()
    await page.getByText(en['inbox.windowClosed']).waitFor()
    expect(await page.getByLabel(en['inbox.replyLabel']).count()).toBe(0)
    await page.getByText(en['inbox.empty']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Owners reach the settings from the inbox.
    await page.getByRole('link', { name: en['messaging.title'] }).click()
    await page.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()

    await page.goto(e2e.url('/messaging?patient=not-a-patient'))
    await page.getByRole('alert').getByText(en['inbox.badAddress']).waitFor()

    const doctorPage = await doctorContext.newPage()
    await doctorPage.goto(e2e.url('/'))
    const nav = doctorPage.getByRole('navigation', { name: en['nav.label'] })
    await nav.getByRole('link', { name: en['nav.patients'] }).waitFor()
    expect(await nav.getByRole('link', { name: en['nav.messaging'] }).count()).toBe(0)
    await doctorPage.goto(e2e.url('/messaging'))
    await doctorPage
      .getByText(en['notAvailable.body'].replace('{role}', en['role.doctor']))
      .waitFor()
    expect(
      (await doctorContext.request.get(e2e.url('/api/v1/messaging/conversations'))).status(),
    ).toBe(403)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
