import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { clinicianOnCareTeam } from './clinical-steps/care-team.ts'
import {
  addAddendum,
  noteCards,
  openNotes,
  startNote,
  writeAndSignNote,
  writeDraftNote,
} from './clinical-steps/notes.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desktop = { width: 1366, height: 768 }
const tablet = { width: 768, height: 1024 }
const sha256 = /^[0-9a-f]{64}$/

describe('clinical notes', () => {
  const e2e = useNiramayaInChromium()

  it('an owner adds a template; a doctor writes a SOAP note from one, signs it, adds an addendum and sees their drafts', async () => {
    const owner = await e2e.newContext({ viewport: desktop, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const doctorContext = await e2e.newContext({ viewport: desktop, bypassCSP: true })
    const { userId } = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, { userId })
    // The patient is seen today as a walk-in: the new note offers to link to that appointment.
    await apiPost(owner, e2e.serverUrl, '/appointments/walk-in', {
      patientId: patient.id,
      doctorUserId: userId,
      allowOutsideHours: true,
    })

    // The owner manages templates on /clinical: the defaults are there; one is added.
    const ownerPage = await owner.newPage()
    await ownerPage.goto(e2e.url('/clinical'))
    const templates = ownerPage.getByRole('region', { name: en['notes.templatesHeading'] })
    await templates.getByText('RCT sitting 1', { exact: true }).waitFor()
    await templates.getByRole('button', { name: en['notes.addTemplate'] }).click()
    const templateForm = ownerPage.getByRole('form', { name: en['notes.addTemplate'] })
    await templateForm.getByLabel(en['notes.templateName'], { exact: true }).fill('Crown prep')
    // A stray bracket is named under its section before anything is sent.
    await templateForm.getByLabel(en['notes.section.plan'], { exact: true }).fill('Shade: [[Shade')
    await templateForm.getByRole('button', { name: en['notes.saveTemplate'] }).click()
    await templateForm.getByText(en['reason.note_template.prompt']).waitFor()
    await templateForm
      .getByLabel(en['notes.section.plan'], { exact: true })
      .fill('Shade: [[Shade]]\nImpression taken.')
    await templateForm.getByRole('button', { name: en['notes.saveTemplate'] }).click()
    await ownerPage.getByRole('status').getByText(en['notes.templateAdded']).waitFor()
    await templates.getByText('Crown prep', { exact: true }).waitFor()
    expect(await findSeriousAxeViolations(ownerPage)).toEqual([])
    // Archived after a confirmation: no longer offered.
    await templates.getByRole('button', { name: 'Archive template Crown prep' }).click()
    const archive = ownerPage.getByRole('dialog', { name: 'Archive “Crown prep”?' })
    await archive.getByRole('button', { name: en['notes.archive'] }).click()
    await ownerPage.getByRole('status').getByText(en['notes.templateArchived']).waitFor()
    await templates.getByText('Crown prep', { exact: true }).waitFor({ state: 'detached' })

    // The doctor writes from "RCT sitting 1": its prompts are fields; empty ones are left out.
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await openNotes(page, e2e.url, patient.id)
    await page.getByText(en['notes.empty']).waitFor()
    const form = await startNote(page)
    // The form opens on its first choice, for keyboard users.
    expect(
      await form
        .getByLabel(en['notes.template'], { exact: true })
        .evaluate((select) => select === document.activeElement),
    ).toBe(true)
    await form.getByLabel(en['notes.template'], { exact: true }).selectOption({
      label: 'RCT sitting 1',
    })
    await form.getByRole('group', { name: en['notes.section.objective'] }).waitFor()
    const offered = await form
      .getByLabel(en['notes.template'], { exact: true })
      .locator('option')
      .allTextContents()
    expect(offered).toContain('Scaling and root planing')
    expect(offered).not.toContain('Crown prep')
    await form.getByLabel('Tooth (FDI)', { exact: true }).waitFor()
    const link = form.getByLabel(
      /^Link to today’s appointment \(\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} (am|pm), Test doctor\)$/,
    )
    expect(await link.isChecked()).toBe(true)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    const card = await writeAndSignNote(page, {
      template: 'RCT sitting 1',
      answers: {
        'Chief complaint': 'Pain in lower left back tooth for 3 days',
        'Tooth (FDI)': '36',
        'Pulpal and periapical diagnosis': 'Symptomatic irreversible pulpitis',
        'Canals and lengths (mm)': 'MB 20.5, ML 20, D 21',
      },
    })
    await card.getByText(en['notes.linkedAppointment'], { exact: false }).waitFor()
    const objective = card.locator('dd').nth(1)
    expect(await objective.textContent()).toBe('Tooth: 36')
    expect(await card.locator('dd').first().textContent()).toBe(
      'Chief complaint: Pain in lower left back tooth for 3 days',
    )
    const plan = (await card.locator('dd').nth(3).textContent()) ?? ''
    expect(plan).toContain('Rubber dam isolation and access opening.\nWorking length: MB 20.5')
    expect(plan).not.toContain('Irrigation:')
    // Read-only once signed: no Edit, Sign or Delete; its hash is shown and verifies.
    expect(await card.getByRole('button', { name: en['notes.edit'] }).count()).toBe(0)
    expect(await card.getByRole('button', { name: en['notes.delete'] }).count()).toBe(0)
    expect(await card.locator('code').first().textContent()).toMatch(sha256)
    await card.getByRole('button', { name: en['notes.verify'] }).click()
    await card.getByText(en['notes.verifyGood']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // A correction is a signed addendum, shown under the note with its own hash.
    await addAddendum(card, 'Tooth is 37, not 36; access was on 37.')
    await card.getByText('Tooth is 37, not 36; access was on 37.').waitFor()
    expect(await card.locator('code').nth(1).textContent()).toMatch(sha256)
    await card.getByRole('button', { name: en['notes.verify'] }).click()
    await card.getByText(en['notes.verifyGoodAddenda'].replace('{count}', '1')).waitFor()
    await page.getByRole('status').getByText(en['notes.addendumAdded']).waitFor()

    // A blank draft, left unsigned, edited once.
    const draft = await writeDraftNote(page, { sections: { subjective: 'Review in a week' } })
    await draft.getByRole('button', { name: en['notes.edit'] }).click()
    await draft
      .getByLabel(en['notes.section.plan'], { exact: true })
      .fill('Obturation next sitting')
    await draft.getByRole('button', { name: en['notes.saveDraft'] }).click()
    await draft.getByText('Obturation next sitting').waitFor()
    expect(await noteCards(page).count()).toBe(2)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The doctor's unsigned notes, from the left navigation, link back to the patient's notes.
    await page.getByRole('navigation').getByRole('link', { name: en['nav.clinical'] }).click()
    const drafts = page.getByRole('table', { name: en['notes.draftsHeading'] })
    await drafts.waitFor()
    expect(await drafts.locator('tbody tr').count()).toBe(1)
    expect(await page.getByText(en['notes.templatesHeading']).count()).toBe(0)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await drafts.getByRole('link', { name: meenakshi.fullName }).click()
    await page.waitForURL(`**/patients/${patient.id}?tab=notes`)
    await noteCards(page).nth(1).waitFor()
    const states = await noteCards(page).locator('.note-state').allTextContents()
    expect(states.sort()).toEqual(
      [en['notes.state.draft'], en['notes.state.signed_with_addenda']].sort(),
    )

    // In Hindi, and on a tablet.
    await page.getByLabel('Language').selectOption('hi')
    await page.getByRole('heading', { level: 2, name: hi['notes.heading'] }).waitFor()
    await page.getByText(hi['notes.state.signed_with_addenda'], { exact: true }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await page.setViewportSize(tablet)
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      ),
    ).toBe(false)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('an assistant on the care team drafts a note but cannot sign it; /clinical shows their drafts, not templates', async () => {
    const { patient, page, errors } = await clinicianOnCareTeam(e2e, 'assistant', tablet)

    await openNotes(page, e2e.url, patient.id)
    const draft = await writeDraftNote(page, {
      template: 'Scaling and root planing',
      answers: { 'Bleeding gums, sensitivity, bad breath': 'Bleeding on brushing' },
    })
    expect(await draft.locator('dd').first().textContent()).toBe('Complaint: Bleeding on brushing')
    await draft.getByRole('button', { name: en['notes.edit'] }).waitFor()
    await draft.getByRole('button', { name: en['notes.delete'] }).waitFor()
    expect(await draft.getByRole('button', { name: en['notes.sign'], exact: true }).count()).toBe(0)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.goto(e2e.url('/clinical'))
    const drafts = page.getByRole('table', { name: en['notes.draftsHeading'] })
    await drafts.getByRole('link', { name: meenakshi.fullName }).waitFor()
    expect(await page.getByText(en['notes.templatesHeading']).count()).toBe(0)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
