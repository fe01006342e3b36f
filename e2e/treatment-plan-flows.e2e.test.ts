import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { openChart, toothButton } from './clinical-steps/chart.ts'
import {
  acceptOnTablet,
  addProcedure,
  cardStatus,
  confirmAction,
  createPlan,
  planCard,
  planItem,
} from './clinical-steps/plans.ts'
import { type E2e, useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

/**
 * Issue #11's other roads for a treatment plan: signed with a finger on a tablet, declined,
 * cancelled (an item, then the whole plan), revised after acceptance, and one of two
 * alternatives accepted. Each asserts what the screen shows after the server has acted, and the
 * chart where the server takes planned marks off it (server/modules/plans/close-plan.ts,
 * cancel-item.ts, accept-plan.ts).
 */

const chairside: BrowserContextOptions = { viewport: { width: 1366, height: 768 }, bypassCSP: true }
/** An iPad-sized tablet in landscape, driven by touch. */
const tablet: BrowserContextOptions = {
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
  isMobile: true,
  bypassCSP: true,
}

async function plansTabOfNewPatient(e2e: E2e, doctorOptions: BrowserContextOptions = chairside) {
  const owner = await e2e.newContext(chairside)
  await signUpThroughApi(owner, e2e.serverUrl)
  const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
  const doctorContext = await e2e.newContext(doctorOptions)
  const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
  await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
    userId: doctor.userId,
  })
  const page = await doctorContext.newPage()
  const errors = collectPageErrors(page)
  await openPlans(page, e2e, patient.id)
  return { page, errors, patientId: patient.id }
}

async function openPlans(page: Page, e2e: E2e, patientId: string) {
  await page.goto(`${e2e.serverUrl}/patients/${patientId}?tab=plans`)
  await page.locator('section.plans-tab').waitFor()
}

/** The chart codes shown on `tooth` with `status` (planned, completed, existing). */
async function chartCodes(page: Page, tooth: number, status: string): Promise<string[]> {
  return toothButton(page, tooth).locator(`.tooth-codes .code-${status}`).allTextContents()
}

/** Opens the plan from its card and waits for its detail. */
async function openCard(page: Page, title: string) {
  await planCard(page, title)
    .getByRole('button', { name: en['plans.open'].replace('{title}', title), exact: true })
    .click()
  await page.locator('.plan-detail', { has: page.getByRole('heading', { name: title }) }).waitFor()
}

function detailHeading(page: Page) {
  return page.locator('.plan-detail #plan-detail-heading')
}

async function itemClass(page: Page, code: string): Promise<string> {
  return (await planItem(page, code).getAttribute('class')) ?? ''
}

describe('treatment plans: the other roads', () => {
  const e2e = useNiramayaInChromium()

  it('is signed with a finger on a tablet and recorded as accepted', async () => {
    const { page, errors } = await plansTabOfNewPatient(e2e, tablet)
    await createPlan(page, 'Crown 36')
    // 36 is on the left half of the builder's chart, which at this width once ran under the
    // procedure fields and could not be tapped (plans.css, .plan-builder-grid).
    await addProcedure(page, 'CRN-ZR', [36])
    // Every pointer that touches the signature box, to prove the finger (not a mouse) signed.
    await page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { signaturePointers: seen })
      document.addEventListener(
        'pointerdown',
        (event) => {
          if ((event.target as Element).matches('canvas.signature-canvas')) {
            seen.push(event.pointerType)
          }
        },
        true,
      )
    })
    await acceptOnTablet(page, 'finger')

    expect(
      await page.evaluate(
        () => (window as unknown as { signaturePointers: string[] }).signaturePointers,
      ),
    ).toEqual(['touch'])
    expect(await cardStatus(page, 'Crown 36')).toBe('accepted')
    expect(await detailHeading(page).textContent()).toContain(en['plans.status.accepted'])
    expect(await page.locator('.plan-detail .plan-acceptance').textContent()).toContain(
      en['plans.acceptedLine'].split(' {signer}')[0]?.replace('{version}', '1') ?? '',
    )
    expect(await itemClass(page, 'CRN-ZR')).toContain('plan-item-accepted')
    // The signed acceptance is a stored PDF.
    const signed = await page.locator('.plan-detail .plan-acceptance a').getAttribute('href')
    const pdf = await page.context().request.get(`${e2e.serverUrl}${signed}`)
    expect(pdf.status()).toBe(200)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('is declined by the patient, and its planned crown leaves the chart', async () => {
    const { page, errors, patientId } = await plansTabOfNewPatient(e2e)
    await createPlan(page, 'Crown 46')
    await addProcedure(page, 'CRN-ZR', [46])
    await openChart(page, patientId)
    expect(await chartCodes(page, 46, 'planned')).toContain(en['chart.code.crown'])

    await openPlans(page, e2e, patientId)
    await page.locator('.plan-detail[data-plan]').waitFor()
    // The screen asks no reason: a confirmation naming the plan.
    await page.getByRole('button', { name: en['plans.decline'], exact: true }).click()
    const dialog = page.locator('dialog.dialog[open]')
    expect(await dialog.textContent()).toContain(
      en['plans.declineBody'].replace('{title}', 'Crown 46'),
    )
    await dialog.locator('button.button-danger').click()
    await dialog.waitFor({ state: 'detached' })
    await page
      .getByRole('status')
      .filter({ hasText: en['plans.declined'].replace('{title}', 'Crown 46') })
      .waitFor()
    expect(await cardStatus(page, 'Crown 46')).toBe('declined')
    // The plan tab was opened afresh, so the plan was open only as the one still in play: once
    // declined it closes, and opening its card shows it declined.
    await openCard(page, 'Crown 46')
    expect(await detailHeading(page).textContent()).toContain(en['plans.status.declined'])
    expect(await itemClass(page, 'CRN-ZR')).toContain('plan-item-declined')
    // Nothing more to do with a declined plan.
    expect(await page.locator('.plan-detail .plan-actions').count()).toBe(0)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await openChart(page, patientId)
    expect(await chartCodes(page, 46, 'planned')).not.toContain(en['chart.code.crown'])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('cancels one accepted item, then the whole plan', async () => {
    const { page, errors, patientId } = await plansTabOfNewPatient(e2e)
    await createPlan(page, 'Crown and whitening')
    await addProcedure(page, 'CRN-ZR', [46])
    await addProcedure(page, 'WHITEN')
    await acceptOnTablet(page)

    await confirmAction(
      page,
      planItem(page, 'CRN-ZR').getByRole('button', {
        name: new RegExp(`^${en['plans.cancelItem']}`),
      }),
    )
    await page.waitForFunction(() =>
      document
        .querySelector('.plan-detail li.plan-item[data-code="CRN-ZR"]')
        ?.classList.contains('plan-item-cancelled'),
    )
    expect(await planItem(page, 'CRN-ZR').locator('.plan-status').textContent()).toBe(
      en['plans.itemStatus.cancelled'],
    )
    // The whitening is still to be done, so the plan stays accepted.
    expect(await itemClass(page, 'WHITEN')).toContain('plan-item-accepted')
    expect(await cardStatus(page, 'Crown and whitening')).toBe('accepted')
    await openChart(page, patientId)
    expect(await chartCodes(page, 46, 'planned')).not.toContain(en['chart.code.crown'])

    await openPlans(page, e2e, patientId)
    await confirmAction(
      page,
      page.getByRole('button', { name: en['plans.cancelPlan'], exact: true }),
    )
    await page
      .getByRole('status')
      .filter({ hasText: en['plans.cancelled'].replace('{title}', 'Crown and whitening') })
      .waitFor()
    expect(await cardStatus(page, 'Crown and whitening')).toBe('cancelled')
    await openCard(page, 'Crown and whitening')
    expect(await detailHeading(page).textContent()).toContain(en['plans.status.cancelled'])
    expect(await itemClass(page, 'WHITEN')).toContain('plan-item-cancelled')
    expect(await page.locator('.plan-detail .plan-actions').count()).toBe(0)
    // What was signed stays on record.
    expect(await page.locator('.plan-detail .plan-acceptance').count()).toBe(1)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('revises an accepted plan into a version that needs its own signature', async () => {
    const { page, errors } = await plansTabOfNewPatient(e2e)
    await createPlan(page, 'Molar 36')
    await addProcedure(page, 'CRN-ZR', [36])
    await acceptOnTablet(page)

    await page.getByRole('button', { name: en['plans.revise'], exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: en['plans.revised'].replace('{version}', '2') })
      .waitFor()
    // Version 2 is open, proposed and editable; version 1 stays accepted as signed.
    expect(await cardStatus(page, 'Molar 36', 2)).toBe('proposed')
    expect(await cardStatus(page, 'Molar 36', 1)).toBe('accepted')
    expect(await detailHeading(page).textContent()).toContain(
      `${en['plans.version'].replace('{version}', '2')} · ${en['plans.status.proposed']}`,
    )
    expect(await page.locator('.plan-detail .plan-acceptance').count()).toBe(0)
    expect(await itemClass(page, 'CRN-ZR')).toContain('plan-item-proposed')

    // The change: a post and core added before the crown.
    await addProcedure(page, 'PNC', [36])
    expect(await page.getByRole('button', { name: en['plans.showEstimate'] }).count()).toBe(1)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    // The new version costs more (crown ₹12,000 + post and core ₹2,500); the signed one does not.
    const total = (version: number) =>
      planCard(page, 'Molar 36', version).locator('.plan-totals-total dd').textContent()
    expect(await total(2)).toBe('₹14,500.00')
    expect(await total(1)).toBe('₹12,000.00')

    await acceptOnTablet(page)
    expect(await page.locator('.plan-detail .plan-acceptance').textContent()).toContain(
      en['plans.acceptedLine'].split(' {signer}')[0]?.replace('{version}', '2') ?? '',
    )
    expect(await cardStatus(page, 'Molar 36', 2)).toBe('accepted')
    // Accepting version 2 retires version 1 (accept-plan.ts, retireRevised).
    expect(await cardStatus(page, 'Molar 36', 1)).toBe('superseded')
    expect(await page.locator('.plan-group .plan-card').count()).toBe(2)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('accepts one of two alternatives and shows the other superseded', async () => {
    const { page, errors, patientId } = await plansTabOfNewPatient(e2e)
    await createPlan(page, 'Implant 36')
    await addProcedure(page, 'IMPL', [36])
    await planCard(page, 'Implant 36')
      .getByRole('button', { name: en['plans.addAlternative'], exact: true })
      .click()
    await page.locator('form.plan-new-form input[name="title"]').fill('Bridge 35-37')
    await page.locator('form.plan-new-form button[type="submit"]').click()
    await page.locator('form.plan-builder').waitFor()
    await addProcedure(page, 'BRG-A', [35, 37])
    await addProcedure(page, 'BRG-P', [36])
    const group = page.locator('.plan-group', { has: planCard(page, 'Implant 36') })
    expect(await group.getAttribute('aria-label')).toBe(
      en['plans.alternativesLabel'].replace('{count}', '2'),
    )
    expect(await group.locator('.plan-card').count()).toBe(2)

    // The patient chooses the implant.
    await openCard(page, 'Implant 36')
    await acceptOnTablet(page)
    expect(await cardStatus(page, 'Implant 36')).toBe('accepted')
    expect(await cardStatus(page, 'Bridge 35-37')).toBe('superseded')
    // The bridge can no longer be taken as an alternative or signed.
    expect(
      await planCard(page, 'Bridge 35-37')
        .getByRole('button', { name: en['plans.addAlternative'] })
        .count(),
    ).toBe(0)
    await openCard(page, 'Bridge 35-37')
    expect(await detailHeading(page).textContent()).toContain(en['plans.status.superseded'])
    expect(await itemClass(page, 'BRG-P')).toContain('plan-item-superseded')
    expect(await page.locator('.plan-detail .plan-actions').count()).toBe(0)

    // Only the implant is planned on the chart now.
    await openChart(page, patientId)
    expect(await chartCodes(page, 36, 'planned')).toEqual([en['chart.code.implant']])
    expect(await chartCodes(page, 35, 'planned')).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
