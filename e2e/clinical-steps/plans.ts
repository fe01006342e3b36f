import type { BrowserContext, Page } from 'playwright-core'
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
  // Typing an exact code chooses it only once the catalogue has loaded: wait for its options.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('form.plan-builder select[name="procedureId"] option').length > 1,
  )
  await builder.locator('input[name="procedureSearch"]').fill(code)
  const chosen = await builder.locator('select[name="procedureId"]').inputValue()
  if (chosen === '') throw new Error(`no catalogue procedure ${code}`)
  await builder.locator('button[type="submit"]').click()
  await page.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length > count,
    { selector: `.plan-detail li.plan-item[data-code="${code}"]`, count: before },
  )
  // The item is listed as soon as the plan is read again, but the builder clears its teeth only
  // once the chart is read again too: wait for that, or the next add sees the old teeth still
  // chosen, skips choosing them, and is refused for having none.
  await page.waitForFunction(
    () =>
      document.querySelector('form.plan-builder button.tooth[aria-pressed="true"]') === null &&
      document.querySelector('form.plan-builder button[type="submit"]:disabled') === null,
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

/**
 * Draws a signature with one finger: raw touch input through the DevTools protocol
 * (Input.dispatchTouchEvent), so Chromium makes what a tablet makes (touch events and pointer
 * events of pointerType "touch"), not mouse events. The page's context needs `hasTouch: true`.
 * Coordinates are CSS pixels of the viewport, as boundingBox() gives them; one move a frame.
 *
 * The finger lifts while still moving, as a quick signature ends. That once made the next tap
 * ("Accept and sign") do nothing: Chromium read the stroke as a fling and swallowed the tap
 * that stopped it, until the signature canvas consumed its touch moves (signature-canvas.tsx).
 */
export async function drawSignatureByTouch(page: Page): Promise<void> {
  const canvas = page.locator('dialog.signing-screen canvas.signature-canvas')
  await canvas.scrollIntoViewIfNeeded()
  const box = await canvas.boundingBox()
  if (!box) throw new Error('the signature canvas is not on screen')
  const cdp = await page.context().newCDPSession(page)
  const y = box.y + box.height / 2
  const finger = (x: number, dy: number) => [{ x, y: y + dy, id: 1, radiusX: 6, radiusY: 6 }]
  try {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: finger(box.x + 40, 0),
    })
    for (let step = 1; step <= 36; step += 1) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: finger(box.x + 40 + step * 9, Math.round(Math.sin(step / 3) * 30)),
      })
      await page.waitForTimeout(16)
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  } finally {
    await cdp.detach()
  }
}

/**
 * From the open proposed plan: its estimate, the tablet signing screen, a drawn signature (by
 * mouse, or a finger that then taps "Accept and sign"), and back on the plan, accepted.
 */
export async function acceptOnTablet(page: Page, by: 'mouse' | 'finger' = 'mouse'): Promise<void> {
  const press = (name: string) => {
    const button = page.getByRole('button', { name, exact: true })
    return by === 'finger' ? button.tap() : button.click()
  }
  await press(en['plans.showEstimate'])
  await press(en['plans.signOnTablet'])
  const signing = page.locator('dialog.signing-screen[open]')
  await signing.waitFor()
  if (by === 'finger') await drawSignatureByTouch(page)
  else await drawSignature(page)
  await press(en['plans.acceptAndSign'])
  await signing.waitFor({ state: 'hidden' })
  await page.locator('.plan-detail .plan-acceptance').waitFor()
}

/** The card of the plan titled `title` (and of `version`, when given) among the alternatives. */
export function planCard(page: Page, title: string, version?: number) {
  const cards = page.locator('.plan-card').filter({
    has: page.getByRole('heading', { name: title, exact: true }),
  })
  return version === undefined
    ? cards
    : cards.filter({ hasText: en['plans.version'].replace('{version}', String(version)) })
}

/** The status a plan card shows, e.g. "declined" (its class, so any language). */
export async function cardStatus(page: Page, title: string, version?: number): Promise<string> {
  const badge = planCard(page, title, version).locator('.plan-card-meta .plan-status')
  const name = (await badge.getAttribute('class')) ?? ''
  return /plan-status-(\w+)/.exec(name)?.[1] ?? ''
}

/** Presses `action` (a plan or item button), then the confirming button of the dialog it opens. */
export async function confirmAction(page: Page, action: ReturnType<Page['locator']>) {
  await action.click()
  const dialog = page.locator('dialog.dialog[open]')
  await dialog.locator('button.button-danger').click()
  await dialog.waitFor({ state: 'detached' })
}

/** The id of the clinic's catalogue procedure with `code`, read through the API. */
export async function procedureId(context: BrowserContext, baseUrl: string, code: string) {
  const response = await context.request.get(`${baseUrl}/api/v1/catalogue/procedures`)
  const { procedures } = (await response.json()) as { procedures: { id: string; code: string }[] }
  const found = procedures.find((procedure) => procedure.code === code)
  if (!found) throw new Error(`no ${code} in the catalogue`)
  return found.id
}

/** A white PNG with one stroke, drawn by the browser: a signature for acceptances made through the API. */
export async function signaturePng(context: BrowserContext, baseUrl: string): Promise<string> {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/`)
  const png = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 400
    canvas.height = 120
    const draw = canvas.getContext('2d')
    if (!draw) return ''
    draw.fillStyle = '#fff'
    draw.fillRect(0, 0, 400, 120)
    draw.beginPath()
    draw.moveTo(20, 80)
    draw.bezierCurveTo(120, 10, 220, 110, 380, 30)
    draw.stroke()
    return canvas.toDataURL('image/png')
  })
  await page.close()
  return png
}
