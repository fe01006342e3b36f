import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatDate, todayInZone } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import {
  chartFinding,
  openChart,
  surfaceOf,
  toothButton,
  viewChartAsOf,
} from './clinical-steps/chart.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const laptop = { width: 1366, height: 768 }

/** The computed paint of an element, to compare a tooth's mark with the legend's sample. */
async function paintOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element)
      return { fill: style.fill, stroke: style.stroke, dash: style.strokeDasharray }
    })
}

/** Whether the page scrolls sideways (it must not at 1366×768 or on a tablet). */
async function scrollsSideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

describe('dental chart', () => {
  const e2e = useNiramayaInChromium()

  /** A clinic with a patient, and a doctor on the patient's care team signed in at a laptop. */
  async function doctorWithPatient() {
    const owner = await e2e.newContext({ viewport: laptop })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const context = await e2e.newContext({ viewport: laptop, bypassCSP: true })
    const { userId } = await joinThroughApi(owner, context, e2e.serverUrl, 'doctor')
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, { userId })
    const page = await context.newPage()
    return { owner, page, errors: collectPageErrors(page), patient }
  }

  it('charts caries on 16 MO by mouse and a missing 46 by keyboard, with history and the past', async () => {
    const { page, errors, patient } = await doctorWithPatient()
    await openChart(page, patient.id, e2e.serverUrl)
    await page.getByRole('heading', { level: 2, name: 'Dental chart' }).waitFor()
    await page.getByText('Nothing is charted yet.').waitFor()
    // The dentist's view: the patient's right (18) on the left, the upper arch first.
    const order = await page
      .locator('.odontogram button.tooth')
      .evaluateAll((teeth) => teeth.map((tooth) => tooth.getAttribute('data-tooth')))
    expect(order.slice(0, 3)).toEqual(['18', '17', '16'])
    expect(order.slice(16, 19)).toEqual(['48', '47', '46'])

    // By mouse: the tooth, then its surfaces (a molar has O, not I), then the finding.
    await toothButton(page, 16).click()
    const form = page.getByRole('form', { name: 'New finding' })
    expect(
      await form
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)),
    ).toEqual(['M', 'O', 'D', 'B', 'L'])
    await surfaceOf(page, 16, 'M').click()
    await surfaceOf(page, 16, 'O').click()
    expect(await form.getByRole('checkbox', { name: 'Mesial' }).isChecked()).toBe(true)
    expect(await form.getByRole('checkbox', { name: 'Occlusal' }).isChecked()).toBe(true)
    // Caries needs a surface: taking them off again is refused next to the field.
    await form.getByRole('checkbox', { name: 'Mesial' }).uncheck()
    await form.getByRole('checkbox', { name: 'Occlusal' }).uncheck()
    await form.getByRole('button', { name: 'Caries' }).click()
    await form.getByRole('button', { name: 'Save finding' }).click()
    await form.locator('#surfaces-error').getByText('Choose at least one surface').waitFor()
    expect(await page.getByRole('alert').first().textContent()).toBe(
      'Please correct the highlighted fields.',
    )
    await surfaceOf(page, 16, 'M').click()
    await surfaceOf(page, 16, 'O').click()
    await form.getByRole('radio', { name: 'Planned' }).check()
    await form.getByRole('button', { name: 'Save finding' }).click()
    await page.getByRole('status').getByText('Caries MO, planned charted on tooth 16.').waitFor()
    expect(await toothButton(page, 16).getAttribute('aria-label')).toBe(
      '16 upper right first molar: Caries MO, planned',
    )

    // By keyboard: type the tooth number, X for missing, Shift+E for existing, Enter to save.
    await chartFinding(page, { tooth: 46, kind: 'missing', status: 'existing', by: 'keyboard' })
    await page.getByRole('status').getByText('Missing, existing charted on tooth 46.').waitFor()
    expect(await toothButton(page, 46).evaluate((tooth) => tooth === document.activeElement)).toBe(
      true,
    )
    await toothButton(page, 46).locator('.tooth-missing').waitFor()

    // The marks are drawn as the legend shows them: the same fill, outline and dashes.
    const planned = await paintOf(page, '.odontogram [data-tooth="16"] [data-surface="M"]')
    expect(planned).toEqual(await paintOf(page, '.chart-legend [data-status="planned"] rect'))
    expect(planned.dash).not.toBe('none')
    expect(await surfaceOf(page, 16, 'D').getAttribute('class')).toBe('surface')
    expect(await paintOf(page, '.odontogram [data-tooth="46"] .tooth-missing line')).toEqual(
      await paintOf(page, '.chart-legend [data-status="missing"] .tooth-missing line'),
    )
    await page.getByText('Planned: red stripes, dashed outline, code underlined').waitFor()

    // The tooth's history: who and when, DD/MM/YYYY.
    await toothButton(page, 16).click()
    const history = page.getByRole('region', { name: 'History of tooth 16' })
    await history.getByText('Caries MO, planned').waitFor()
    await history
      .getByText(/^Recorded by Test doctor on \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} [ap]m$/)
      .waitFor()

    // The planned caries is done: marked completed, drawn solid, and the history says who.
    await page.getByRole('button', { name: 'Mark Caries MO, planned completed' }).click()
    await page
      .getByRole('status')
      .getByText('Caries MO, planned on tooth 16 marked completed.')
      .waitFor()
    await page.waitForFunction(() =>
      document
        .querySelector('.odontogram [data-tooth="16"] [data-surface="M"]')
        ?.classList.contains('mark-completed'),
    )
    await history.getByText('Caries MO, completed').waitFor()
    await history.getByText(/^Completed by Test doctor on \d{2}\/\d{2}\/\d{4}/).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(await scrollsSideways(page)).toBe(false)

    // Yesterday the chart was empty, and the past cannot be changed.
    const yesterday = addDays(todayInZone('Asia/Kolkata'), -1)
    await viewChartAsOf(page, formatDate(yesterday))
    await page
      .getByText(`The chart as it stood at the end of ${formatDate(yesterday)}. Read-only.`)
      .waitFor()
    await page.getByText('Nothing was charted by then.').waitFor()
    expect(await toothButton(page, 46).locator('.tooth-missing').count()).toBe(0)
    await toothButton(page, 16).click()
    await page.getByRole('heading', { name: /^Tooth 16/ }).waitFor()
    expect(await page.locator('form.finding-form').count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Remove|^Correct|^Mark/ }).count()).toBe(0)
    await page.getByRole('button', { name: 'Back to today' }).click()
    await toothButton(page, 46).locator('.tooth-missing').waitFor()

    // Hindi: every word on the chart changes, and it stays axe clean.
    await toothButton(page, 16).click()
    await page.getByLabel('Language').selectOption('hi')
    await page.getByRole('heading', { level: 2, name: 'दाँतों का चार्ट' }).waitFor()
    await page.getByRole('form', { name: 'नया निष्कर्ष' }).waitFor()
    expect(await toothButton(page, 16).getAttribute('aria-label')).toBe(
      '16 ऊपरी दायाँ पहली दाढ़: दंत क्षय (कैरीज़) MO, पूरा हुआ',
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('corrects and removes findings, shows a retained primary tooth, and works on a tablet', async () => {
    const { page, errors, patient } = await doctorWithPatient()
    await page.setViewportSize({ width: 768, height: 1024 })
    await openChart(page, patient.id, e2e.serverUrl)
    await chartFinding(page, { tooth: 36, kind: 'crown', status: 'planned' })
    // Typing a primary tooth's number shows it among the permanent teeth (mixed dentition).
    expect(await toothButton(page, 85).count()).toBe(0)
    await chartFinding(page, { tooth: 85, kind: 'caries', surfaces: ['O'], by: 'keyboard' })
    expect(await toothButton(page, 85).getAttribute('aria-label')).toBe(
      '85 lower right primary second molar: Caries O, existing',
    )
    await page
      .getByText('Teeth of the other dentition are shown where they have findings.')
      .waitFor()
    // The primary dentition shows every primary tooth, and the charted permanent 36 with them.
    await page.getByRole('radio', { name: 'Primary' }).check()
    await toothButton(page, 55).waitFor()
    expect(await toothButton(page, 11).count()).toBe(0)
    expect(await toothButton(page, 36).count()).toBe(1)
    await page.getByRole('radio', { name: 'Permanent' }).check()
    await toothButton(page, 11).waitFor()
    expect(await toothButton(page, 55).count()).toBe(0)
    // Mixed: a primary tooth is marked present before anything is charted on it.
    await page.getByRole('radio', { name: 'Mixed' }).check()
    expect(await toothButton(page, 75).count()).toBe(0)
    await page.getByLabel('Show a primary tooth').selectOption('75')
    await page.getByRole('button', { name: 'Show tooth' }).click()
    await page.locator('.odontogram [data-tooth="75"][aria-pressed="true"]').waitFor()
    expect(await toothButton(page, 75).evaluate((tooth) => tooth === document.activeElement)).toBe(
      true,
    )
    await page.getByRole('heading', { name: /^Tooth 75/ }).waitFor()
    // Esc lets go of the tooth when there is nothing left to clear.
    await page.keyboard.press('Escape')
    await page.getByText('Choose a tooth on the chart, or type its number.').waitFor()

    // Correct the crown's material: the correction supersedes it, and the history keeps both.
    await toothButton(page, 36).click()
    await page.getByRole('button', { name: 'Correct Crown, planned' }).click()
    const correction = page.getByRole('form', { name: 'Correct: Crown, planned' })
    await correction.getByLabel('Material').selectOption({ label: 'Zirconia' })
    await correction.getByRole('button', { name: 'Save correction' }).click()
    await page.getByRole('status').getByText('Finding on tooth 36 corrected.').waitFor()
    const history = page.getByRole('region', { name: 'History of tooth 36' })
    await history.getByText('Crown, Zirconia, planned').waitFor()
    await history.getByText(/^Corrected by Test doctor on /).waitFor()

    // Remove it as charted in error: it leaves the chart, not the history.
    await page.getByRole('button', { name: 'Remove Crown, Zirconia, planned' }).click()
    const dialog = page.getByRole('dialog', { name: 'Remove a finding from tooth 36' })
    await dialog.getByRole('radio', { name: 'Charted in error' }).check()
    await dialog.getByRole('button', { name: 'Remove' }).click()
    await page
      .getByRole('status')
      .getByText('Finding on tooth 36 removed from the chart.')
      .waitFor()
    expect(await toothButton(page, 36).getAttribute('aria-label')).toBe(
      '36 lower left first molar: no findings',
    )
    await history.getByText(/^Charted in error by Test doctor on /).waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('keeps the chart from the front desk', async () => {
    const { owner, patient } = await doctorWithPatient()
    const desk = await e2e.newContext({ viewport: laptop })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')
    const page = await desk.newPage()
    await page.goto(e2e.url(`/patients/${patient.id}?tab=chart`))
    await page.getByRole('region', { name: 'Details' }).waitFor()
    expect(await page.getByRole('tab', { name: 'Dental chart' }).count()).toBe(0)
    expect(await page.locator('.odontogram').count()).toBe(0)
  })
})
