import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { en } from '../../web/src/i18n/en.ts'

/** The record's tabs that show clinical data (web/src/features/patients/patient-tabs.tsx). */
export const CLINICAL_TABS = [
  en['record.tab.history'],
  en['record.tab.chart'],
  en['record.tab.perio'],
  en['record.tab.notes'],
  en['record.tab.vitals'],
  en['record.tab.documents'],
]

/** What the API answers the page's own session (cookies, same origin) for a GET of `path`. */
export function statusFromPage(page: Page, path: string): Promise<number> {
  return page.evaluate(
    async (url) => (await fetch(url, { credentials: 'same-origin' })).status,
    `/api/v1${path}`,
  )
}

/**
 * Someone who may not read the patient's clinical records (the front desk) opens the record at a
 * clinical tab's address: the details show instead, no clinical tab is offered, and the API
 * refuses the chart and the vitals to their session. Resolves on the details, ready for axe.
 */
export async function expectNoClinicalTabs(
  page: Page,
  url: (pathname: string) => string,
  patientId: string,
  tab = 'chart',
): Promise<void> {
  await page.goto(url(`/patients/${patientId}?tab=${tab}`))
  await page.getByRole('region', { name: en['record.tab.details'] }).waitFor()
  const tabs = await page.getByRole('tab').allTextContents()
  expect(tabs).toContain(en['record.tab.details'])
  for (const clinical of CLINICAL_TABS) expect(tabs).not.toContain(clinical)
  expect(await page.getByRole('tab', { selected: true }).textContent()).toBe(
    en['record.tab.details'],
  )
  expect(await statusFromPage(page, `/patients/${patientId}/chart`)).toBe(403)
  expect(await statusFromPage(page, `/patients/${patientId}/vitals`)).toBe(403)
}

/** The page's console errors the two refused reads above leave (Chromium logs each 403). */
export function refusedClinicalReads(patientId: string) {
  return [
    { status: 403, path: `/api/v1/patients/${patientId}/chart` },
    { status: 403, path: `/api/v1/patients/${patientId}/vitals` },
  ]
}

/** Opens a tab of the record by its name and resolves once its panel is shown. */
export async function openRecordTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click()
  await page.getByRole('tabpanel', { name, exact: true }).waitFor()
}
