import type { Locator, Page } from 'playwright-core'
import { probingPath } from '../../shared/dental/fdi.ts'
import { en } from '../../web/src/i18n/en.ts'

type Messages = typeof en

/** One tooth's probing: six depths in the probing order, and marks typed after some of them. */
export interface PerioToothEntry {
  tooth: number
  /** Pocket depths, mm (0–15), in the order the probe visits the six sites (probingPath). */
  depths: readonly [number, number, number, number, number, number]
  /** Keys typed right after the depth at that index: 'b' bleeding, 's' suppuration, 'p' plaque. */
  marks?: Partial<Record<0 | 1 | 2 | 3 | 4 | 5, string>>
}

/** The site cell of the entry grid (web/src/features/perio/perio-grid.tsx), e.g. "16:DB". */
export function perioSite(page: Page, key: string): Locator {
  return page.locator(`td[data-site="${key}"]`)
}

/** The entry box all probing keys go to. */
export function perioEntry(page: Page): Locator {
  return page.locator('input.perio-entry-input')
}

/** Opens the patient's perio tab by its address and waits for the exams to load. */
export async function openPerio(
  page: Page,
  url: (pathname: string) => string,
  patientId: string,
  messages: Messages = en,
): Promise<void> {
  await page.goto(url(`/patients/${patientId}?tab=perio`))
  await page.getByRole('heading', { level: 2, name: messages['perio.heading'] }).waitFor()
  await page.getByText(messages['app.loading']).first().waitFor({ state: 'detached' })
}

/** Starts an exam (blank unless told) and waits for the entry box. */
export async function startPerioExam(
  page: Page,
  options: { copyPrevious?: boolean; messages?: Messages } = {},
): Promise<void> {
  const messages = options.messages ?? en
  if (options.copyPrevious) {
    await page.getByRole('radio', { name: messages['perio.new.previous'] }).check()
  }
  await page.getByRole('button', { name: messages['perio.new.submit'] }).click()
  await page.getByRole('heading', { level: 3, name: messages['perio.exam.draftHeading'] }).waitFor()
  await perioEntry(page).waitFor()
}

/** Waits until the saved state says every change reached the server. */
export async function waitForPerioSaved(page: Page, messages: Messages = en): Promise<void> {
  await page.locator('.perio-save-state').getByText(messages['perio.save.saved']).waitFor()
}

/**
 * Records pocket depths (and marks) on `teeth` with the keyboard: for each side of a tooth, a
 * click on its first site in the probing order, then one digit per site as the entry moves on
 * by itself. Waits until everything is saved.
 */
export async function recordPerioExam(
  page: Page,
  teeth: readonly PerioToothEntry[],
  messages: Messages = en,
): Promise<void> {
  for (const entry of teeth) {
    const path = probingPath([entry.tooth])
    for (const start of [0, 3] as const) {
      const first = path[start]
      if (!first) throw new Error(`tooth ${entry.tooth} has no probing path`)
      await perioSite(page, `${first.tooth}:${first.site}`).getByRole('button').click()
      for (const index of [start, start + 1, start + 2] as const) {
        const depth = entry.depths[index] as number
        // 10–15 mm: "+" then the units digit.
        if (depth >= 10) await page.keyboard.press('+')
        await page.keyboard.press(String(depth % 10))
        const mark = entry.marks?.[index as 0 | 1 | 2 | 3 | 4 | 5]
        for (const key of mark ?? '') await page.keyboard.press(key)
      }
    }
  }
  await waitForPerioSaved(page, messages)
}

/** Completes the exam shown (confirming the suggested stage and grade as prefilled). */
export async function completePerioExam(page: Page, messages: Messages = en): Promise<void> {
  await page.getByRole('button', { name: messages['perio.complete'] }).click()
  const dialog = page.getByRole('dialog', { name: messages['perio.completeDialog.title'] })
  await dialog.getByRole('button', { name: messages['perio.complete'] }).click()
  await page
    .getByRole('heading', { level: 3, name: messages['perio.exam.completedHeading'] })
    .waitFor()
}

/** The summary figure shown next to `term` (e.g. en['perio.summary.teethPresent']). */
export async function perioSummaryValue(page: Page, term: string): Promise<string> {
  const row = page.locator('.perio-summary div').filter({
    has: page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(term)}$`) }),
  })
  return (await row.locator('dd').textContent()) ?? ''
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
