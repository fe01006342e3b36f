import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { meenakshi, registerThroughApi } from './patient-desk.ts'

// A 1×1 PNG: enough for the server to detect the type and make a thumbnail.
const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

describe('documents', () => {
  const e2e = useNiramayaInChromium()

  it('uploads an X-ray, lists it with a thumbnail and shows it, and refuses a text file', async () => {
    const context = await e2e.newContext({
      viewport: { width: 1366, height: 768 },
      bypassCSP: true,
    })
    await signUpThroughApi(context, e2e.serverUrl)
    const patient = await registerThroughApi(context, e2e.serverUrl, meenakshi)
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url(`/patients/${patient.id}?tab=documents`))
    const documents = page.getByRole('tabpanel', { name: 'Documents' })
    await documents.getByText('No documents yet.').waitFor()

    await documents.getByLabel('File').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not an image'),
    })
    await documents.getByRole('button', { name: 'Upload' }).click()
    await documents
      .getByRole('alert')
      .getByText('This kind of file cannot be stored. Use JPEG, PNG, WebP, PDF or DICOM.')
      .waitFor()

    await documents.getByLabel('Kind').selectOption({ label: 'X-ray' })
    await documents.getByLabel('Title (optional)').fill('Lower left molar')
    await documents.getByLabel('File').setInputFiles({
      name: 'molar.png',
      mimeType: 'image/png',
      buffer: tinyPng,
    })
    await documents.getByRole('button', { name: 'Upload' }).click()
    await documents.getByRole('status').getByText('“Lower left molar” was uploaded.').waitFor()
    const thumbnail = documents.locator('img.document-thumbnail')
    await thumbnail.waitFor()
    expect(await thumbnail.evaluate((image: HTMLImageElement) => image.complete)).toBe(true)
    expect(await documents.locator('.document-card').textContent()).toMatch(
      /X-ray · \d{2}\/\d{2}\/\d{4}/,
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await documents.getByRole('button', { name: 'View Lower left molar' }).click()
    const viewer = page.getByRole('dialog', { name: 'Lower left molar' })
    await viewer.getByRole('img', { name: 'Lower left molar' }).waitFor()
    await viewer.getByRole('button', { name: 'Close' }).click()
    expect(
      unexpectedErrors(errors, [{ status: 415, path: `/api/v1/patients/${patient.id}/documents` }]),
    ).toEqual([])
  })
})
