import type { Page } from 'playwright-core'

/**
 * Steps on the dental chart for browser journeys (e2e/chart.e2e.test.ts and the combined
 * clinical journey). They find things by what the screen is built from (tooth numbers, surface
 * codes, field names), not by words, so they work in every language.
 */

export type ChartStatus = 'existing' | 'planned' | 'completed'

export interface ChartedFinding {
  tooth: number
  /** Stored codes: M, O, I, D, B, L. */
  surfaces?: readonly string[]
  /** A finding kind of shared/contracts/chart.ts, e.g. 'caries', 'missing'. */
  kind: string
  status?: ChartStatus
  /** How the dentist charts it: clicks, or the keyboard shortcuts. */
  by?: 'mouse' | 'keyboard'
}

/**
 * The patient's dental chart tab, loaded. `serverUrl` defaults to the page's own origin (a page
 * already signed in to the app).
 */
export async function openChart(
  page: Page,
  patientId: string,
  serverUrl: string = new URL(page.url()).origin,
): Promise<void> {
  await page.goto(`${serverUrl}/patients/${patientId}?tab=chart`)
  await page.locator('.odontogram button.tooth').first().waitFor()
}

export function toothButton(page: Page, tooth: number) {
  return page.locator(`.odontogram button.tooth[data-tooth="${tooth}"]`)
}

export function surfaceOf(page: Page, tooth: number, surface: string) {
  return toothButton(page, tooth).locator(`[data-surface="${surface}"]`)
}

/** Letters of chart-keys.ts, as a dentist would type them. */
const KIND_LETTERS: Record<string, string> = {
  caries: 'c',
  restoration: 'r',
  missing: 'x',
  root_canal_treated: 't',
  crown: 'k',
  sealant: 's',
  veneer: 'v',
  unerupted: 'u',
}
const STATUS_LETTERS: Record<ChartStatus, string> = { existing: 'E', planned: 'P', completed: 'C' }

/**
 * Charts one finding and waits until the chart shows it: by mouse (tooth, then surfaces on its
 * drawing, then the finding and status), or by keyboard (the tooth's number, surface letters,
 * the finding's letter, Shift + status letter, Enter).
 */
export async function chartFinding(page: Page, finding: ChartedFinding): Promise<void> {
  const { tooth, surfaces = [], kind, status = 'existing', by = 'mouse' } = finding
  const live = page.locator('.tooth-finding-list > li')
  if (by === 'mouse') {
    await toothButton(page, tooth).click()
    await page.locator('form.finding-form').waitFor()
    const before = await live.count()
    for (const surface of surfaces) await surfaceOf(page, tooth, surface).click()
    await page.locator('form.finding-form select[name="kind"]').selectOption(kind)
    await page.locator(`form.finding-form input[name="status"][value="${status}"]`).check()
    await page.locator('form.finding-form button[type="submit"]').click()
    await waitForCount(page, before + 1)
    return
  }
  // Into the chart (its one tab stop), then the shortcuts.
  await page.locator('.odontogram button.tooth[tabindex="0"]').focus()
  await page.keyboard.type(String(tooth))
  await page
    .locator(`.odontogram button.tooth[data-tooth="${tooth}"][aria-pressed="true"]`)
    .waitFor()
  await page.locator('form.finding-form').waitFor()
  const before = await live.count()
  for (const surface of surfaces) await page.keyboard.press(surface.toLowerCase())
  const letter = KIND_LETTERS[kind]
  if (letter) await page.keyboard.press(letter)
  else await page.locator('form.finding-form select[name="kind"]').selectOption(kind)
  await page.keyboard.press(`Shift+${STATUS_LETTERS[status]}`)
  await page.keyboard.press('Enter')
  await waitForCount(page, before + 1)
}

async function waitForCount(page: Page, count: number) {
  await page.waitForFunction(
    (expected) => document.querySelectorAll('.tooth-finding-list > li').length === expected,
    count,
  )
}

/** Shows the chart as it stood at the end of `date` (DD/MM/YYYY): read-only. */
export async function viewChartAsOf(page: Page, date: string): Promise<void> {
  await page.locator('form.as-of-form input[name="asOf"]').fill(date)
  await page.locator('form.as-of-form button[type="submit"]').click()
  await page.locator('.chart-as-of-banner').waitFor()
}
