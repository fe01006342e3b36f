import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { meena, meenakshi, registerThroughApi } from './patient-desk.ts'

// The consent screen is used on a tablet handed to the patient, held upright.
const tabletViewport = { width: 768, height: 1024 }

describe('consent', () => {
  const e2e = useNiramayaInChromium()

  function url(pathname: string): string {
    return e2e.url(pathname)
  }

  /** The owner of a new clinic, with a patient registered, on the tablet. */
  async function clinicWithPatient(patient: object) {
    const context = await e2e.newContext({ viewport: tabletViewport, bypassCSP: true })
    await signUpThroughApi(context, e2e.serverUrl)
    const { id } = await registerThroughApi(context, e2e.serverUrl, patient)
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    return { context, page, errors, id }
  }

  it('captures consent in Hindi with nothing pre-selected, then withdraws WhatsApp', async () => {
    const { context, page, errors, id } = await clinicWithPatient(meenakshi)
    await page.goto(url(`/patients/${id}/consent`))
    await page.getByRole('heading', { level: 2, name: 'Your choices' }).waitFor()

    await page.getByRole('button', { name: 'हिन्दी' }).click()
    await page.getByRole('heading', { level: 2, name: 'आपके विकल्प' }).waitFor()
    expect(await page.getByRole('button', { name: 'हिन्दी' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    await page.getByRole('heading', { name: 'डेटा संरक्षण बोर्ड में शिकायत' }).waitFor()

    // Nothing is chosen for the patient, and submitting waits until everything is answered.
    const items = page.locator('fieldset[data-item]')
    expect(await items.count()).toBe(8)
    expect(await page.locator('.consent-capture input:checked').count()).toBe(0)
    const submit = page.getByRole('button', { name: 'सहमति जमा करें' })
    expect(await submit.isDisabled()).toBe(true)
    await page.getByText('आगे बढ़ने के लिए हर विषय का उत्तर दें: 8 बाकी हैं।').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    const yesTo = new Set(['personal_data', 'health_data', 'channel.whatsapp'])
    for (const item of await items.all()) {
      const key = (await item.getAttribute('data-item')) ?? ''
      await item.getByLabel(yesTo.has(key) ? 'हाँ' : 'नहीं', { exact: true }).check()
    }
    expect(await submit.isDisabled()).toBe(true)
    await page.getByRole('radio', { name: 'मरीज़', exact: true }).check()
    expect(await submit.isDisabled()).toBe(true)
    await page.getByText('आगे बढ़ने के लिए “मैं पुष्टि करता/करती हूँ” पर टिक करें।').waitFor()
    await page.getByRole('checkbox', { name: /मैं पुष्टि करता\/करती हूँ/ }).check()
    expect(await submit.isDisabled()).toBe(false)

    // Touch targets on the tablet are at least 44 px tall.
    const heights = await page
      .locator('.consent-option, .consent-confirm, .consent-capture button')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height))
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)

    await submit.click()
    await page.waitForURL(url(`/patients/${id}?tab=consent`))
    await page.getByText('Consent recorded.').waitFor()
    const whatsapp = page.locator('tr[data-item="channel.whatsapp"]')
    await whatsapp.getByText('Granted').waitFor()
    expect(await page.locator('tr[data-item="channel.sms"]').textContent()).toContain('Not given')
    await page.getByText('Notice version 1').waitFor()
    expect(await page.locator('.consent-history li').first().textContent()).toMatch(
      /^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} [ap]m · Consent given · .+ · In person, on the tablet$/,
    )

    await page.getByRole('button', { name: 'Withdraw: WhatsApp messages' }).click()
    const dialog = page.getByRole('dialog', { name: 'Withdraw consent for WhatsApp messages?' })
    expect(await dialog.getByLabel('How the patient asked').inputValue()).toBe('patient_request')
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click()
    await page.getByText('Consent withdrawn: WhatsApp messages.').waitFor()
    await whatsapp.getByText(/^Withdrawn on \d{2}\/\d{2}\/\d{4}$/).waitFor()
    expect(await page.getByRole('button', { name: 'Withdraw: WhatsApp messages' }).count()).toBe(0)
    expect(await page.locator('.consent-history').textContent()).toContain(
      'Withdrawn · Dr. Asha Rao · Patient’s request',
    )

    const state = (await (
      await context.request.get(url(`/api/v1/patients/${id}/consent`))
    ).json()) as { items: Record<string, { isGranted: boolean }> }
    expect(state.items['channel.whatsapp']?.isGranted).toBe(false)
    expect(state.items.health_data?.isGranted).toBe(true)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('asks a guardian for a child and says why', async () => {
    const { page, errors, id } = await clinicWithPatient(meena)
    await page.goto(url(`/patients/${id}/consent`))
    await page.getByText('The patient is under 18', { exact: false }).waitFor()
    expect(await page.getByRole('radio', { name: 'Guardian', exact: true }).isChecked()).toBe(true)
    expect(await page.getByRole('radio', { name: 'Patient', exact: true }).isDisabled()).toBe(true)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
