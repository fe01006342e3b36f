import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi, uniqueEmail } from './clinic.ts'
import { drawSignature } from './clinical-steps/plans.ts'
import { type E2e, useNiramayaInChromium } from './harness.ts'
import { outboxMailTo } from './outbox.ts'
import { apiPost, meenakshi, registerThroughApi } from './patient-desk.ts'

const tablet = { width: 1280, height: 800 }

/** A clinic, a patient, and a doctor with a registration number on the patient's care team. */
async function clinicWithRegisteredDoctor(e2e: E2e) {
  const owner = await e2e.newContext({ viewport: tablet, bypassCSP: true })
  await signUpThroughApi(owner, e2e.serverUrl)
  const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
  const doctorContext = await e2e.newContext({ viewport: tablet, bypassCSP: true })
  const email = uniqueEmail('doctor')
  await apiPost(owner, e2e.serverUrl, '/staff/invitations', {
    email,
    role: 'doctor',
    registrationNumber: 'KSDC-A-4567',
    qualification: 'BDS, MDS (Oral Surgery)',
  })
  const mail = await outboxMailTo(owner, e2e.serverUrl, email)
  const token = /#token=([\w-]+)/.exec(mail.text)
  if (!token) throw new Error('no invitation email')
  const me = (await apiPost(doctorContext, e2e.serverUrl, '/auth/invitations/accept', {
    token: token[1],
    fullName: 'Dr Kavya Rao',
    password: 'cardamom window ledger 8',
  })) as { user: { id: string } }
  await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
    userId: me.user.id,
  })
  return { patient, doctorContext }
}

/**
 * Issue #13's consent journey: an extraction consent in Hindi is filled by the doctor, signed on
 * the tablet by the patient (the screen in Hindi, whatever the staff member's language), then by
 * the doctor; the signed PDF is listed in the patient's documents.
 */
describe('a treatment consent form signed on the tablet', () => {
  const e2e = useNiramayaInChromium()

  it('an extraction consent in Hindi is signed by the patient and the doctor and the PDF is listed', async () => {
    const { patient, doctorContext } = await clinicWithRegisteredDoctor(e2e)
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=forms`)
    await page.getByRole('heading', { name: en['treatmentConsent.heading'] }).waitFor()

    // Fill: the Hindi extraction form, with the values it asks for.
    const template = `दाँत निकालने की सहमति (${en['treatmentConsent.language.hi']})`
    await page.getByLabel(en['treatmentConsent.template'], { exact: true }).selectOption({
      label: template,
    })
    await page
      .getByLabel(en['treatmentConsent.value.procedure'], { exact: true })
      .fill('अकल दाढ़ निकालना')
    await page.getByLabel(en['treatmentConsent.value.tooth'], { exact: true }).fill('38')
    await page
      .getByLabel(en['treatmentConsent.value.risks'], { exact: true })
      .fill('कोई अतिरिक्त नहीं')
    await page
      .getByLabel(en['treatmentConsent.value.alternatives'], { exact: true })
      .fill('दवाओं से अस्थायी राहत')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: en['treatmentConsent.fill'], exact: true }).click()

    // The tablet: the form in Hindi, signed with the mouse on the canvas.
    await page
      .getByRole('button', { name: en['treatmentConsent.handToPatient'], exact: true })
      .click()
    const signing = page.locator('dialog.signing-screen[open]')
    await signing.waitFor()
    expect(await signing.locator('h2').textContent()).toBe('दाँत निकालने की सहमति')
    expect(await signing.locator('.consent-text').textContent()).toContain('ड्राई सॉकेट')
    expect(await signing.locator('.consent-text').textContent()).toContain('दाँत 38')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await drawSignature(page)
    await signing
      .getByRole('button', { name: hi['treatmentConsent.agreeAndSign'], exact: true })
      .click()
    await signing.waitFor({ state: 'hidden' })

    // The doctor countersigns in their own language.
    await page
      .getByRole('button', { name: en['treatmentConsent.signAsDoctor'], exact: true })
      .click()
    const doctorSigning = page.locator('dialog.signing-screen[open]')
    await doctorSigning.waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await drawSignature(page)
    await doctorSigning
      .getByRole('button', { name: en['treatmentConsent.countersign'], exact: true })
      .click()
    await doctorSigning.waitFor({ state: 'hidden' })
    const pdfLink = page.getByRole('link', { name: en['treatmentConsent.openPdf'] })
    await pdfLink.waitFor()
    const href = await pdfLink.getAttribute('href')
    expect(href).toMatch(/^\/api\/v1\/documents\/[0-9a-f-]+\/content$/)
    const pdf = await doctorContext.request.get(`${e2e.serverUrl}${href}`)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The documents list has the signed consent.
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=documents`)
    await page.getByText('Signed consent: दाँत निकालने की सहमति').first().waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
