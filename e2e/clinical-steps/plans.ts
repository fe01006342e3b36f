import type { Page } from 'playwright-core'
import { en } from '../../web/src/i18n/en.ts'

/**
 * Steps on the treatment plan tab for browser journeys (e2e/treatment-plan.e2e.test.ts). They
 * find things by what the screen is built from (procedure codes, tooth numbers, field names)
 * and by the English labels of the shared catalogue.
 */

export function planItem(page: Page, code: string) {
  return page.locator(`.plan-detail li.plan-item[data-code="${code}"]`)
}

/** Creates a plan from the plan tab (already open) and waits for its builder. */
export async function createPlan(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: en['plans.new'], exact: true }).click()
  await page.locator('form.plan-new-form input[name="title"]').fill(title)
  await page.locator('form.plan-new-form button[type="submit"]').click()
  await page.locator('form.plan-builder').waitFor()
}

/**
 * Adds a procedure by its catalogue code: selects `teeth` on the builder's chart (those not yet
 * selected), types the code in the search (an exact code chooses it) and adds it; waits until
 * the plan lists it.
 */
export async function addProcedure(page: Page, code: string, teeth: number[] = []): Promise<void> {
  const builder = page.locator('form.plan-builder')
  for (const tooth of teeth) {
    const button = builder.locator(`button.tooth[data-tooth="${tooth}"]`)
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click()
  }
  const before = await planItem(page, code).count()
  await builder.locator('input[name="procedureSearch"]').fill(code)
  const chosen = await builder.locator('select[name="procedureId"]').inputValue()
  if (chosen === '') throw new Error(`no catalogue procedure ${code}`)
  await builder.locator('button[type="submit"]').click()
  await page.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length > count,
    { selector: `.plan-detail li.plan-item[data-code="${code}"]`, count: before },
  )
}

/** Draws a signature on the signing screen's canvas with the mouse, as a finger would. */
export async function drawSignature(page: Page): Promise<void> {
  const canvas = page.locator('dialog.signing-screen canvas.signature-canvas')
  await canvas.scrollIntoViewIfNeeded()
  const box = await canvas.boundingBox()
  if (!box) throw new Error('the signature canvas is not on screen')
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + 40, y)
  await page.mouse.down()
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(box.x + 40 + step * 25, y + (step % 2 === 0 ? -30 : 30), { steps: 3 })
  }
  await page.mouse.up()
}

/** Records a sitting of the item with `code` through the dialog, and waits for the dialog to close. */
export async function recordSitting(
  page: Page,
  code: string,
  sitting: { workDone: string; completes: boolean },
): Promise<void> {
  await planItem(page, code)
    .getByRole('button', { name: new RegExp(`^${en['plans.recordSitting']}`) })
    .click()
  const dialog = page.locator('dialog[open]:has(form.sitting-form)')
  await dialog.locator('input[name="workDone"]').fill(sitting.workDone)
  const completes = dialog.locator('input[name="completesItem"]')
  if ((await completes.isChecked()) !== sitting.completes) await completes.click()
  await dialog.locator('button[type="submit"]').click()
  // The dialog closes (it stays in the page, no longer open) once the plan shows the sitting.
  await dialog.waitFor({ state: 'detached' })
}

/** Waits until the item with `code` is listed under `phase`. */
export async function waitForPhase(page: Page, code: string, phase: string): Promise<void> {
  await page
    .locator(`.plan-detail section[data-phase="${phase}"] li.plan-item[data-code="${code}"]`)
    .waitFor()
}
