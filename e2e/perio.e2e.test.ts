import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { clinicianOnCareTeam } from './clinical-steps/care-team.ts'
import {
  completePerioExam,
  openPerio,
  perioEntry,
  perioSite,
  perioSummaryValue,
  recordPerioExam,
  startPerioExam,
  waitForPerioSaved,
} from './clinical-steps/perio.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desktop = { width: 1366, height: 768 }
const tablet = { width: 768, height: 1024 }

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

const entryLabel = (page: Page) =>
  page
    .locator('label.perio-entry-label')
    .textContent()
    .then((text) => text ?? '')

describe('periodontal chart', () => {
  const e2e = useNiramayaInChromium()

  it('a doctor records an exam on four teeth with auto-advance and marks, then completes it', async () => {
    const { patient, page, errors } = await clinicianOnCareTeam(e2e, 'doctor', desktop)

    await openPerio(page, e2e.url, patient.id)
    await page.getByText(en['perio.list.empty']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await startPerioExam(page)
    // The entry starts where the probe does: 18, distobuccal.
    expect(await entryLabel(page)).toBe('Enter pocket depth: tooth 18, distobuccal')

    // A click jumps to a site; a digit stores it and moves on; B marks the site just entered.
    await perioSite(page, '16:DB').getByRole('button').click()
    expect(await perioEntry(page).evaluate((input) => input === document.activeElement)).toBe(true)
    expect(await entryLabel(page)).toBe('Enter pocket depth: tooth 16, distobuccal')
    await page.keyboard.press('5')
    expect(await entryLabel(page)).toBe('Enter pocket depth: tooth 16, buccal')
    await page.keyboard.press('b')
    await perioSite(page, '16:DB')
      .getByRole('button', { name: '16 distobuccal: 5 mm, bleeding' })
      .waitFor()
    // Out of range is refused in words and nothing moves.
    await page.keyboard.press('+')
    await page.keyboard.press('9')
    await page.getByText(en['perio.entry.outOfRangePpd']).waitFor()
    expect(await entryLabel(page)).toBe('Enter pocket depth: tooth 16, buccal')

    await recordPerioExam(page, [
      // 16 distobuccal already bleeds (marked above); typing its depth again keeps the mark.
      { tooth: 16, depths: [5, 4, 6, 3, 3, 4], marks: { 2: 'bs' } },
      { tooth: 11, depths: [2, 1, 2, 2, 2, 3], marks: { 5: 'p' } },
      { tooth: 36, depths: [3, 2, 3, 4, 3, 7], marks: { 5: 'b' } },
      { tooth: 46, depths: [2, 2, 3, 3, 2, 2] },
    ])
    await perioSite(page, '16:MB')
      .getByRole('button', { name: '16 mesiobuccal: 6 mm, bleeding, suppuration' })
      .waitFor()
    expect(await perioSite(page, '16:MB').getAttribute('class')).toContain('perio-band-deep')
    expect(await perioSite(page, '16:B').getAttribute('class')).toContain('perio-band-moderate')

    // Recession on one site makes its attachment level: 36 mesiobuccal 7 mm + 2 mm.
    await page.getByRole('radio', { name: en['perio.mode.recession'] }).check()
    await perioSite(page, '36:MB').getByRole('button').click()
    expect(await entryLabel(page)).toBe('Enter recession: tooth 36, mesiobuccal')
    await page.keyboard.press('2')
    // 18 was extracted long ago.
    await perioSite(page, '18:DB').getByRole('button').click()
    await page.getByRole('button', { name: 'Mark 18 missing' }).click()
    await page.getByText('Missing teeth (skipped): 18.').waitFor()
    await waitForPerioSaved(page)

    // Summary: four teeth, 24 sites; 16 DB, 16 MB and 36 MB bleed (3 of 24 = 12.5 %).
    expect(await perioSummaryValue(page, en['perio.summary.teethPresent'])).toBe('4')
    expect(await perioSummaryValue(page, en['perio.summary.sitesProbed'])).toBe('24')
    expect(await perioSummaryValue(page, en['perio.summary.bop'])).toBe('12.5%')
    expect(await perioSummaryValue(page, en['perio.summary.ppd4'])).toBe('6')
    expect(await perioSummaryValue(page, en['perio.summary.ppd6'])).toBe('2')
    expect(await perioSummaryValue(page, en['perio.summary.worstCal'])).toBe(
      '9 mm at tooth 36, mesiobuccal',
    )
    await page
      .getByText('24 sites probed: 6 of 4 mm or more, 2 of 6 mm or more, 3 bleeding.')
      .waitFor()
    await page.getByText(en['perio.legend.deep']).waitFor()
    // The staging helper suggests, and asks for what the chart cannot give.
    await page.getByText(en['perio.staging.confirmNote']).waitFor()
    await page.getByText(en['perio.reason.stage.cal.III']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Everything reached the server: a reload shows the same chart.
    await page.reload()
    await page.getByRole('heading', { level: 3, name: en['perio.exam.draftHeading'] }).waitFor()
    await perioSite(page, '36:ML').getByRole('button', { name: '36 mesiolingual: 3 mm' }).waitFor()
    await page.getByText('Missing teeth (skipped): 18.').waitFor()
    expect(await perioSummaryValue(page, en['perio.summary.bop'])).toBe('12.5%')

    await completePerioExam(page)
    await page.getByRole('status').getByText(en['perio.completedStatus']).waitFor()
    // Read-only now: no entry box, and the list says completed with the confirmed stage.
    expect(await perioEntry(page).count()).toBe(0)
    await page.getByRole('cell', { name: en['perio.status.completed'], exact: true }).waitFor()
    await page.getByText(/^Stage III, grade —: confirmed by Test doctor on /).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The same screen in Hindi.
    await page.getByLabel('Language').selectOption('hi')
    await page.getByRole('heading', { level: 2, name: hi['perio.heading'] }).waitFor()
    await page.getByRole('heading', { level: 3, name: hi['perio.exam.completedHeading'] }).waitFor()
    await page.getByText(hi['perio.legend.deep']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // A tablet: the page keeps its width; the chart scrolls inside itself.
    await page.setViewportSize(tablet)
    expect(await pageScrollsSideways(page)).toBe(false)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('copies the previous exam and compares the two, flagging attachment lost', async () => {
    const owner = await e2e.newContext({ viewport: desktop, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const page = await owner.newPage()
    const errors = collectPageErrors(page)

    await openPerio(page, e2e.url, patient.id)
    await startPerioExam(page)
    await page.getByRole('radio', { name: en['perio.mode.recession'] }).check()
    await recordPerioExam(page, [{ tooth: 26, depths: [1, 1, 1, 1, 1, 1] }])
    await page.getByRole('radio', { name: en['perio.mode.ppd'] }).check()
    await recordPerioExam(page, [{ tooth: 26, depths: [3, 2, 3, 3, 2, 3] }])
    await completePerioExam(page)

    await startPerioExam(page, { copyPrevious: true })
    // The copy starts with the earlier values, to be re-probed.
    await perioSite(page, '26:MB').getByRole('button', { name: '26 mesiobuccal: 3 mm' }).waitFor()
    await perioSite(page, '26:MB').getByRole('button').click()
    await page.keyboard.press('6')
    await waitForPerioSaved(page)
    await completePerioExam(page)

    await page.getByRole('button', { name: en['perio.compare.submit'] }).click()
    await page.getByText('Sites that lost 2 mm or more of attachment: 1.').waitFor()
    const flagged = page.locator('tr.perio-worsened')
    expect(await flagged.count()).toBe(1)
    expect(await flagged.getByRole('rowheader').textContent()).toBe('26')
    await flagged.getByText('+3').waitFor()
    await flagged.getByText('4 → 7').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('an assistant charts and completes, the dentist confirms the stage, the front desk sees nothing', async () => {
    const owner = await e2e.newContext({ viewport: desktop, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const member = async (role: string) => {
      const context = await e2e.newContext({ viewport: tablet, bypassCSP: true })
      const { userId } = await joinThroughApi(owner, context, e2e.serverUrl, role)
      if (role !== 'receptionist') {
        await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, { userId })
      }
      const page = await context.newPage()
      return { page, errors: collectPageErrors(page) }
    }
    const assistant = await member('assistant')
    const doctor = await member('doctor')
    const desk = await member('receptionist')

    // The assistant records at the chair (a tablet) and completes, but cannot confirm a diagnosis.
    await openPerio(assistant.page, e2e.url, patient.id)
    await startPerioExam(assistant.page)
    await recordPerioExam(assistant.page, [{ tooth: 46, depths: [4, 3, 4, 4, 3, 5] }])
    await assistant.page.getByRole('button', { name: en['perio.complete'] }).click()
    const dialog = assistant.page.getByRole('dialog', { name: en['perio.completeDialog.title'] })
    await dialog.getByText(en['perio.completeDialog.dentistConfirms']).waitFor()
    expect(await dialog.getByLabel(en['perio.confirmedStage']).count()).toBe(0)
    await dialog.getByRole('button', { name: en['perio.complete'] }).click()
    await assistant.page.getByText(en['perio.confirmed.none']).waitFor()
    expect(
      await assistant.page.getByRole('button', { name: en['perio.confirmed.save'] }).count(),
    ).toBe(0)
    expect(await findSeriousAxeViolations(assistant.page)).toEqual([])

    // The dentist confirms it afterwards on the completed exam.
    await openPerio(doctor.page, e2e.url, patient.id)
    await doctor.page.getByText(en['perio.confirmed.none']).waitFor()
    await doctor.page.getByLabel(en['perio.confirmedStage']).selectOption('II')
    await doctor.page.getByLabel(en['perio.confirmedGrade']).selectOption('A')
    await doctor.page.getByRole('button', { name: en['perio.confirmed.save'] }).click()
    await doctor.page.getByText(/^Stage II, grade A: confirmed by Test doctor on /).waitFor()
    await doctor.page.getByRole('cell', { name: 'II / A', exact: true }).waitFor()

    // The front desk has no perio tab; its address falls back to the details.
    await desk.page.goto(e2e.url(`/patients/${patient.id}?tab=perio`))
    await desk.page.getByRole('heading', { level: 1, name: meenakshi.fullName }).waitFor()
    await desk.page.getByRole('tab', { name: 'Details' }).waitFor()
    expect(await desk.page.getByRole('tab', { name: en['record.tab.perio'] }).count()).toBe(0)
    for (const seen of [assistant, doctor, desk]) {
      expect(unexpectedErrors(seen.errors, [])).toEqual([])
    }
  })
})
