import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { unexpectedErrors } from './browser.ts'
import { clinicianOnCareTeam } from './clinical-steps/care-team.ts'
import { openVitals, recordVitals, vitalsForm, vitalsRows } from './clinical-steps/vitals.ts'
import { useNiramayaInChromium } from './harness.ts'
import { errorOf } from './patient-desk.ts'

const desktop = { width: 1366, height: 768 }
const tablet = { width: 768, height: 1024 }
const dateTime = /^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} (am|pm)$/

/** Whether the page scrolls sideways (the table may scroll inside itself; the page must not). */
const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

describe('vitals', () => {
  const e2e = useNiramayaInChromium()

  it('a doctor records two readings, sees their trend and table, and a pulse of 400 is named', async () => {
    const { patient, page, errors } = await clinicianOnCareTeam(e2e, 'doctor', desktop)

    await openVitals(page, e2e.url, patient.id)
    await page.getByText(en['vitals.empty']).waitFor()
    const form = vitalsForm(page)
    // Each field says its limits before anything is typed.
    expect(
      await form.getByLabel(en['vitals.pulse'], { exact: true }).getAttribute('aria-describedby'),
    ).toBeTruthy()
    await form.getByText('From 20 to 250', { exact: true }).waitFor()
    await form.getByText('From 30 to 45, at most one decimal', { exact: true }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // BMI is worked out while typing.
    await form.getByLabel(en['vitals.weightKg'], { exact: true }).fill('70')
    await form.getByLabel(en['vitals.heightCm'], { exact: true }).fill('175')
    await form.getByText('BMI 22.9 kg/m², from weight and height').waitFor()
    await recordVitals(page, {
      systolic: '130',
      diastolic: '85',
      pulse: '78',
      temperatureC: '37.2',
      spo2: '98',
      glucoseMgDl: '110',
      glucoseContext: 'fasting',
    })
    await page.getByRole('status').getByText(en['vitals.saved']).waitFor()
    // The form is empty again for the next reading.
    expect(await form.getByLabel(en['vitals.systolic'], { exact: true }).inputValue()).toBe('')
    await recordVitals(page, { systolic: '120', diastolic: '80', pulse: '72' })

    // The table: newest first, in the clinic's date and time, BMI computed, glucose with context.
    const rows = vitalsRows(page)
    expect(await rows.count()).toBe(2)
    const cells = async (index: number) =>
      (await rows.nth(index).locator('th, td').allTextContents()).map((text) => text.trim())
    const [newest, oldest] = [await cells(0), await cells(1)]
    expect(newest[0]).toMatch(dateTime)
    expect(newest.slice(1, 4)).toEqual(['120/80', '72', '—not measured'])
    expect(oldest.slice(1, 10)).toEqual([
      '130/85',
      '78',
      '37.2',
      '98',
      '70.0',
      '175.0',
      '22.9',
      '110 (Fasting)',
      'Test doctor',
    ])

    // The chart: blood pressure first, both series named in words, every value written.
    const chart = page.getByRole('img', { name: 'Blood pressure (mmHg), last 2 readings' })
    await chart.waitFor()
    const drawn = await chart.locator('text').allTextContents()
    for (const value of ['130', '120', '85', '80', 'mmHg', en['vitals.axisDate']]) {
      expect(drawn).toContain(value)
    }
    expect(drawn.filter((text) => /^\d{2}\/\d{2}\/\d{4}$/.test(text))).toHaveLength(2)
    const legend = page.getByRole('list').filter({ hasText: en['vitals.series.systolic'] })
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(['Systolic', 'Diastolic'])
    // Its text alternative: latest, lowest and highest of each series, with dates.
    const summary = page.locator(`#${await chart.getAttribute('aria-describedby')}`)
    const said = (await summary.textContent()) ?? ''
    expect(said).toMatch(/SystolicLatest120 mmHg on \d{2}\/\d{2}\/\d{4}Lowest120 mmHg/)
    expect(said).toMatch(/Highest130 mmHg on \d{2}\/\d{2}\/\d{4}/)
    expect(said).toMatch(/DiastolicLatest80 mmHg/)

    // The measure picker.
    await page.getByLabel(en['vitals.measure']).selectOption({ label: 'Pulse' })
    const pulse = page.getByRole('img', { name: 'Pulse (beats/min), last 2 readings' })
    await pulse.waitFor()
    expect(await pulse.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['72', '78', 'beats/min']),
    )
    await page.getByLabel(en['vitals.measure']).selectOption({ label: 'BMI' })
    await page.getByRole('img', { name: 'BMI (kg/m²), one reading' }).waitFor()
    await page.getByLabel(en['vitals.measure']).selectOption({ label: 'SpO₂' })
    await page.getByRole('img', { name: 'SpO₂ (%), one reading' }).waitFor()
    expect(await pageScrollsSideways(page)).toBe(false)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // An implausible pulse: the server's refusal stands under the pulse, and nothing is stored.
    await recordVitals(page, { pulse: '400' }, { expectRecorded: false })
    await page.getByRole('alert').getByText(en['form.fixErrors']).waitFor()
    // The last reading's "recorded" no longer stands over a refused one.
    expect(await page.getByText(en['vitals.saved']).count()).toBe(0)
    expect(await errorOf(page, en['vitals.pulse'])).toBe('Must be at most 250')
    const pulseInput = form.getByLabel(en['vitals.pulse'], { exact: true })
    expect(await pulseInput.getAttribute('aria-invalid')).toBe('true')
    expect(await pulseInput.evaluate((input) => input === document.activeElement)).toBe(true)
    expect(await rows.count()).toBe(2)
    // Text that is not a number is refused before sending.
    await pulseInput.fill('7O')
    await form.getByRole('button', { name: en['vitals.save'] }).click()
    await form.getByText(en['vitals.notNumber']).waitFor()
    // A rule across fields is named on the field that is missing: the diastolic pressure.
    await pulseInput.fill('')
    await recordVitals(page, { systolic: '120' }, { expectRecorded: false })
    await form.getByText('Needs both systolic and diastolic pressure').waitFor()
    expect(await errorOf(page, en['vitals.diastolic'])).toBe(
      'Needs both systolic and diastolic pressure',
    )
    expect(await rows.count()).toBe(2)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The same screen in Hindi.
    await page.getByLabel('Language').selectOption('hi')
    await page.getByRole('heading', { level: 2, name: hi['vitals.heading'] }).waitFor()
    await page.getByRole('form', { name: hi['vitals.recordHeading'] }).waitFor()
    await page.getByRole('heading', { level: 3, name: hi['vitals.readingsHeading'] }).waitFor()
    await page
      .getByText(hi['vitals.rangeWhole'].replace('{minimum}', '20').replace('{maximum}', '250'))
      .waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // On a tablet the page fits its width; the table scrolls inside itself.
    await page.setViewportSize(tablet)
    expect(await pageScrollsSideways(page)).toBe(false)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(
      unexpectedErrors(errors, [{ status: 400, path: `/api/v1/patients/${patient.id}/vitals` }]),
    ).toEqual([])
  })
})
