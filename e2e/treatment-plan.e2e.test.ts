import type { BrowserContext } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { openChart, toothButton } from './clinical-steps/chart.ts'
import {
  addProcedure,
  createPlan,
  drawSignature,
  planItem,
  procedureId,
  recordSitting,
  signaturePng,
  waitForPhase,
} from './clinical-steps/plans.ts'
import { type E2e, useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const chairside = { width: 1366, height: 768 }

async function clinicWithDoctor(e2e: E2e) {
  const owner = await e2e.newContext({ viewport: chairside, bypassCSP: true })
  await signUpThroughApi(owner, e2e.serverUrl)
  const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
  const doctorContext = await e2e.newContext({ viewport: chairside, bypassCSP: true })
  const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
  await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
    userId: doctor.userId,
  })
  return { owner, patient, doctorContext }
}

async function apiGet<T>(context: BrowserContext, url: string): Promise<T> {
  const response = await context.request.get(url)
  if (response.status() !== 200) throw new Error(`${url} answered ${response.status()}`)
  return (await response.json()) as T
}

/**
 * Issue #11's journey: from the chart, an RCT and a zirconia crown on 36 and whitening (taxable)
 * go into a plan; the estimate shows GST on the whitening only; the patient signs on the tablet;
 * sitting 1 of the RCT is recorded and the crown completed; 36 then shows a completed crown.
 */
describe('a treatment plan, from the chart to a completed crown', () => {
  const e2e = useNiramayaInChromium()

  it('plans on the chart, shows the estimate, is signed on the tablet and followed to completion', async () => {
    const { patient, doctorContext } = await clinicWithDoctor(e2e)
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)

    // From the chart: 36 selected, "Plan treatment on 36" opens the plan tab with 36 chosen.
    await openChart(page, patient.id, e2e.serverUrl)
    await toothButton(page, 36).click()
    await page
      .getByRole('link', { name: en['plans.planTreatment'].replace('{tooth}', '36') })
      .click()
    await page.locator('section.plans-tab').waitFor()
    await createPlan(page, 'Molar 36 and whitening')
    expect(
      await page
        .locator('form.plan-builder button.tooth[data-tooth="36"]')
        .getAttribute('aria-pressed'),
    ).toBe('true')
    await addProcedure(page, 'RCT-M', [36])
    await addProcedure(page, 'CRN-ZR', [36])
    await addProcedure(page, 'WHITEN')
    expect(await planItem(page, 'RCT-M').getAttribute('data-tooth')).toBe('36')
    expect(await planItem(page, 'CRN-ZR').getAttribute('data-tooth')).toBe('36')
    // GST is shown on the taxable line only.
    expect(await planItem(page, 'WHITEN').textContent()).toContain('GST 5%')
    expect(await planItem(page, 'RCT-M').textContent()).not.toContain('GST')

    // Phases: whitening dragged to maintenance; the RCT moved to urgent from the keyboard's select.
    await planItem(page, 'WHITEN').dragTo(
      page.locator('.plan-detail section[data-phase="maintenance"]'),
    )
    await waitForPhase(page, 'WHITEN', 'maintenance')
    await planItem(page, 'RCT-M').locator('select[name="phase"]').selectOption('urgent')
    await waitForPhase(page, 'RCT-M', 'urgent')
    // A discount on the crown, typed in rupees with Indian grouping.
    await planItem(page, 'CRN-ZR')
      .getByRole('button', { name: new RegExp(`^${en['plans.editPrice']}`) })
      .click()
    const priceDialog = page.locator('dialog[open]:has(input[name="discountPaise"])')
    await priceDialog.locator('input[name="discountPaise"]').fill('1,000.50')
    await priceDialog.locator('button[type="submit"]').click()
    await priceDialog.waitFor({ state: 'detached' })
    await page.waitForFunction(() =>
      document
        .querySelector('.plan-detail li.plan-item[data-code="CRN-ZR"]')
        ?.textContent?.includes('−₹1,000.50'),
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The estimate: exempt treatment, GST on the whitening, CGST equal to SGST.
    await page.getByRole('button', { name: en['plans.showEstimate'], exact: true }).click()
    const table = page.locator('.estimate-preview table.estimate-table')
    await table.waitFor()
    expect(await table.locator('tr[data-code="RCT-M"] [data-gst]').getAttribute('data-gst')).toBe(
      'exempt',
    )
    expect(await table.locator('tr[data-code="CRN-ZR"] [data-gst]').getAttribute('data-gst')).toBe(
      'exempt',
    )
    const whitening = table.locator('tr[data-code="WHITEN"] [data-gst]')
    expect(await whitening.getAttribute('data-gst')).toBe('taxable')
    expect(await whitening.textContent()).toMatch(/^₹[\d,]+\.\d{2} \(5%\)$/)
    const totals = page.locator('.estimate-preview dl.plan-totals')
    const cgst = await totals
      .locator('div', { hasText: en['plans.totals.cgst'] })
      .locator('dd')
      .textContent()
    const sgst = await totals
      .locator('div', { hasText: en['plans.totals.sgst'] })
      .locator('dd')
      .textContent()
    expect(cgst).toMatch(/^₹[\d,]+\.\d{2}$/)
    expect(cgst).toBe(sgst)
    expect(
      await page.locator('.estimate-preview a.plan-link-button').getAttribute('href'),
    ).toBeTruthy()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The tablet: large screen, drawn signature, accepted.
    await page.getByRole('button', { name: en['plans.signOnTablet'], exact: true }).click()
    const signing = page.locator('dialog.signing-screen[open]')
    await signing.waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await drawSignature(page)
    await signing.getByRole('button', { name: en['plans.acceptAndSign'], exact: true }).click()
    await signing.waitFor({ state: 'hidden' })
    await page.locator('.plan-detail .plan-acceptance').waitFor()
    expect(await planItem(page, 'RCT-M').getAttribute('class')).toContain('plan-item-accepted')

    // Sitting 1 of 3 of the RCT; the crown done in one recorded sitting that completes it.
    await recordSitting(page, 'RCT-M', {
      workDone: 'Access opening, working length',
      completes: false,
    })
    await page.waitForFunction(() =>
      document
        .querySelector('.plan-detail li.plan-item[data-code="RCT-M"]')
        ?.classList.contains('plan-item-in_progress'),
    )
    expect(await planItem(page, 'RCT-M').textContent()).toContain(
      en['plans.sittingsOf'].replace('{done}', '1').replace('{planned}', '3'),
    )
    await recordSitting(page, 'CRN-ZR', { workDone: 'Zirconia crown cemented', completes: true })
    await page.waitForFunction(() =>
      document
        .querySelector('.plan-detail li.plan-item[data-code="CRN-ZR"]')
        ?.classList.contains('plan-item-completed'),
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The chart: 36 has a completed crown, and the RCT still planned.
    await openChart(page, patient.id, e2e.serverUrl)
    const codes = toothButton(page, 36).locator('.tooth-codes')
    expect(await codes.locator('.code-completed').allTextContents()).toContain(
      en['chart.code.crown'],
    )
    expect(await codes.locator('.code-planned').allTextContents()).toContain(
      en['chart.code.root_canal_treated'],
    )
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('lists an accepted plan as not booked, and a deferral can be recorded', async () => {
    const { patient, doctorContext } = await clinicWithDoctor(e2e)
    const base = `${e2e.serverUrl}/api/v1`
    // A plan accepted through the API, signed with a PNG drawn by the browser.
    const crownId = await procedureId(doctorContext, e2e.serverUrl, 'CRN-ZR')
    const plan = (await apiPost(doctorContext, e2e.serverUrl, `/patients/${patient.id}/plans`, {
      title: 'Crown 46',
    })) as { id: string }
    const planBase = `/patients/${patient.id}/plans/${plan.id}`
    await apiPost(doctorContext, e2e.serverUrl, `${planBase}/items`, {
      procedureId: crownId,
      teeth: [46],
    })
    const estimate = await apiGet<{ documentSha256: string }>(
      doctorContext,
      `${base}${planBase}/estimate?language=en`,
    )
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/clinical`)
    const signature = await signaturePng(doctorContext, e2e.serverUrl)
    await apiPost(doctorContext, e2e.serverUrl, `${planBase}/acceptance`, {
      signedBy: 'patient',
      signaturePng: signature,
      estimateSha256: estimate.documentSha256,
      language: 'en',
    })

    // From the Clinical page to the list: the plan, its value, accepted today.
    await page.getByRole('link', { name: en['plans.notBookedLink'], exact: true }).click()
    const row = page.locator(`.not-booked-table tr[data-plan="${plan.id}"]`)
    await row.waitFor()
    expect(await row.textContent()).toContain('Crown 46')
    expect(await row.textContent()).toContain(en['plans.notBooked.days'].replace('{days}', '0'))
    expect(await row.textContent()).toMatch(/₹[\d,]+\.\d{2}/)
    expect(await page.locator('figure.age-figure table').textContent()).toContain(
      en['plans.age.recent'],
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // A deferral: cost, a note, a follow-up date typed day first.
    await row.getByRole('button', { name: new RegExp(`^${en['plans.recordDeferral']}`) }).click()
    const dialog = page.locator('dialog[open]')
    await dialog.locator('input[name="reason"][value="cost"]').check()
    await dialog.locator('textarea[name="note"]').fill('Will decide after Diwali bonus')
    await dialog.locator('input[name="followUpOn"]').fill('15/01/2031')
    await dialog.locator('button[type="submit"]').click()
    await page
      .getByRole('status')
      .filter({ hasText: en['plans.deferralSaved'].split('{patient}')[0] ?? '' })
      .waitFor()
    await page.waitForFunction(
      (id) => document.querySelector(`tr[data-plan="${id}"]`)?.textContent?.includes('15/01/2031'),
      plan.id,
    )
    expect(await row.textContent()).toContain(en['plans.deferralReason.cost'])

    // The patient's link opens the plan tab; revising the accepted plan makes version 2 beside it.
    await row.getByRole('link').click()
    await page.locator('.plan-detail .plan-acceptance').waitFor()
    await page.getByRole('button', { name: en['plans.revise'], exact: true }).click()
    await page
      .locator('.plan-card', { hasText: en['plans.version'].replace('{version}', '2') })
      .waitFor()
    expect(await page.locator('.plan-group .plan-card').count()).toBe(2)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
