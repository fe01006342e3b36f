import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'

/** A stand-in panoramic X-ray: a grey gradient JPEG, 1200 × 600. */
function panoramicXray(): Promise<Buffer> {
  const width = 1200
  const height = 600
  const pixels = Buffer.alloc(width * height)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) pixels[y * width + x] = (x * 255) / width
  }
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

/**
 * The whole front-desk journey of issue #4, in one browser: register a patient
 * who reads Hindi, take their consent on the tablet in Hindi, find them again by
 * typing their phone number, upload an X-ray and view it, then withdraw WhatsApp.
 */
describe('a patient’s first visit', () => {
  const e2e = useNiramayaInChromium()

  it('registers with consent in Hindi, is found by phone, gets an X-ray, withdraws WhatsApp', async () => {
    const context = await e2e.newContext({ viewport: { width: 1024, height: 900 } })
    await signUpThroughApi(context, e2e.serverUrl)
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    const urls: string[] = []
    page.on('request', (request) => urls.push(request.url()))

    // Registration.
    await page.goto(e2e.url('/patients/new'))
    await page.getByRole('heading', { level: 1, name: 'Register a patient' }).waitFor()
    await page.getByLabel('Full name', { exact: true }).fill('Sunita Devi')
    await page.getByLabel('Date of birth', { exact: true }).fill('15/08/1975')
    await page.getByRole('radio', { name: 'Female' }).check()
    await page.getByLabel('Mobile number (optional)').fill('98110 22334')
    await page.getByLabel('Preferred language').selectOption('hi')
    await page.getByRole('button', { name: 'Register patient' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sunita Devi' }).waitFor()
    const patientPath = new URL(page.url()).pathname
    const patientId = patientPath.split('/').pop() as string

    // Consent, on the tablet, in the patient's language without being asked.
    await page.getByRole('tab', { name: 'Consent' }).click()
    await page.getByRole('link', { name: 'Record consent' }).click()
    await page.getByRole('heading', { level: 2, name: 'आपके विकल्प' }).waitFor()
    expect(await page.locator('.consent-capture input:checked').count()).toBe(0)
    const yesTo = new Set(['personal_data', 'health_data', 'channel.whatsapp'])
    for (const item of await page.locator('fieldset[data-item]').all()) {
      const key = (await item.getAttribute('data-item')) ?? ''
      await item.getByLabel(yesTo.has(key) ? 'हाँ' : 'नहीं', { exact: true }).check()
    }
    await page.getByRole('radio', { name: 'मरीज़', exact: true }).check()
    await page.getByRole('checkbox', { name: /मैं पुष्टि करता\/करती हूँ/ }).check()
    await page.getByRole('button', { name: 'सहमति जमा करें' }).click()
    await page.getByText('Consent recorded.').waitFor()
    await page.locator('tr[data-item="channel.whatsapp"]').getByText('Granted').waitFor()

    // Found again by typing the phone number, in another format.
    await page.goto(e2e.url('/patients'))
    await page.getByRole('combobox', { name: 'Find a patient' }).fill('09811022334')
    const result = page.getByRole('option', { name: /Sunita Devi/ })
    await result.waitFor()
    expect(await result.textContent()).toContain('+91 98110 22334')
    await result.click()
    await page.getByRole('heading', { level: 1, name: 'Sunita Devi' }).waitFor()

    // An X-ray, uploaded and viewed.
    await page.getByRole('tab', { name: 'Documents' }).click()
    const documents = page.getByRole('tabpanel', { name: 'Documents' })
    await documents.getByLabel('Kind').selectOption({ label: 'X-ray' })
    await documents.getByLabel('Title (optional)').fill('OPG')
    await documents.getByLabel('File').setInputFiles({
      name: 'IMG_2031.jpg',
      mimeType: 'image/jpeg',
      buffer: await panoramicXray(),
    })
    await documents.getByRole('button', { name: 'Upload' }).click()
    await documents.getByRole('status').getByText('“OPG” was uploaded.').waitFor()
    await documents.locator('img.document-thumbnail').waitFor()
    await documents.getByRole('button', { name: 'View OPG' }).click()
    const viewer = page.getByRole('dialog', { name: 'OPG' })
    const image = viewer.getByRole('img', { name: 'OPG' })
    await image.waitFor()
    await page.waitForFunction(
      (element) =>
        element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0,
      await image.elementHandle(),
    )
    // The full image, decrypted on the way out, not the thumbnail.
    expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1200)
    await viewer.getByRole('button', { name: 'Close' }).click()

    // WhatsApp withdrawn, effective at once.
    await page.getByRole('tab', { name: 'Consent' }).click()
    await page.getByRole('button', { name: 'Withdraw: WhatsApp messages' }).click()
    await page
      .getByRole('dialog', { name: 'Withdraw consent for WhatsApp messages?' })
      .getByRole('button', { name: 'Withdraw consent' })
      .click()
    await page.getByText('Consent withdrawn: WhatsApp messages.').waitFor()
    const consent = (await (
      await context.request.get(e2e.url(`/api/v1/patients/${patientId}/consent`))
    ).json()) as { items: Record<string, { isGranted: boolean }> }
    expect(consent.items['channel.whatsapp']?.isGranted).toBe(false)
    expect(consent.items.health_data?.isGranted).toBe(true)

    // Viewing the X-ray was recorded as a read of this patient's record.
    const events = (await (
      await context.request.get(e2e.url(`/api/v1/audit/events?patientId=${patientId}&limit=100`))
    ).json()) as { action: string; tableName: string | null }[]
    expect(
      events.some((event) => event.action === 'read' && event.tableName === 'patient_documents'),
    ).toBe(true)
    expect(events.filter((event) => event.tableName === 'consent_records')).toHaveLength(2)

    // Nothing about the patient travelled in an address.
    for (const url of urls) expect(url).not.toMatch(/Sunita|Devi|98110|22334/i)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
