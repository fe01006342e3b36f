import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { useFakeMeta } from './fake-meta.ts'
import { useNiramayaInChromium } from './harness.ts'
import { clinicThatWrote, errorOfInput, newMobile } from './messaging-desk.ts'
import { joinThroughApi, registerThroughApi } from './patient-desk.ts'

// The WhatsApp inbox (/messaging): the front desk reads what patients wrote and answers within
// WhatsApp's 24-hour window. Patients write through a fake Meta Cloud API's signed webhooks.

const phone = { width: 375, height: 812 }
const viewport = { width: 1366, height: 900 }
const WAIT_MS = 15_000

/** The patient the clinic writes to, on `phone`, who can then write back. */
const anita = (phone: string) => ({ fullName: 'Anita Desai', ageYears: 34, sex: 'female', phone })

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0)
}

describe('WhatsApp inbox', () => {
  const meta = useFakeMeta(() => e2e.serverUrl)
  const e2e = useNiramayaInChromium()

  it('the front desk reads a patient’s message on a phone, marks it read and replies', async () => {
    const owner = await e2e.newContext()
    const mobile = newMobile('97')
    const { patient } = await clinicThatWrote(e2e, meta, owner, anita(mobile))
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
    await expect.poll(() => errorOfInput(reply)).toBe(en['inbox.replyEmpty'])
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
    const { doctorContext } = await clinicThatWrote(e2e, meta, owner, anita(newMobile('97')))
    const quiet = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Ravi Kumar',
      ageYears: 41,
      sex: 'male',
      phone: newMobile('97'),
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
