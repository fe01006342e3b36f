import type { Locator, Page } from 'playwright-core'
import { en } from '../../web/src/i18n/en.ts'

type Messages = typeof en

export interface VitalsValues {
  systolic?: string
  diastolic?: string
  pulse?: string
  temperatureC?: string
  spo2?: string
  weightKg?: string
  heightCm?: string
  glucoseMgDl?: string
  glucoseContext?: 'fasting' | 'random' | 'post_prandial'
}

const FIELDS = [
  'systolic',
  'diastolic',
  'pulse',
  'temperatureC',
  'spo2',
  'weightKg',
  'heightCm',
  'glucoseMgDl',
] as const

/** The record form of the vitals tab (web/src/features/vitals/vitals-form.tsx). */
export function vitalsForm(page: Page, messages: Messages = en): Locator {
  return page.getByRole('form', { name: messages['vitals.recordHeading'] })
}

/** The rows of the readings table, newest first. */
export function vitalsRows(page: Page): Locator {
  return page.getByRole('tabpanel').getByRole('table').locator('tbody tr')
}

/** Opens the patient's vitals tab by its address and waits for it to load. */
export async function openVitals(
  page: Page,
  url: (pathname: string) => string,
  patientId: string,
  messages: Messages = en,
): Promise<void> {
  await page.goto(url(`/patients/${patientId}?tab=vitals`))
  await page.getByRole('heading', { level: 2, name: messages['vitals.heading'] }).waitFor()
  await page.getByText(messages['app.loading']).waitFor({ state: 'detached' })
}

/**
 * Types `values` into the record form and saves. With `expectRecorded` (the default) it resolves
 * once the new reading is a row of the table; otherwise right after sending, for a refusal.
 */
export async function recordVitals(
  page: Page,
  values: VitalsValues,
  { expectRecorded = true, messages = en }: { expectRecorded?: boolean; messages?: Messages } = {},
): Promise<void> {
  const form = vitalsForm(page, messages)
  for (const field of FIELDS) {
    const value = values[field]
    if (value !== undefined) {
      await form.getByLabel(messages[`vitals.${field}`], { exact: true }).fill(value)
    }
  }
  if (values.glucoseContext) {
    await form
      .getByLabel(messages['vitals.glucoseContext'], { exact: true })
      .selectOption(values.glucoseContext)
  }
  const before = await vitalsRows(page).count()
  await form.getByRole('button', { name: messages['vitals.save'] }).click()
  if (expectRecorded) await vitalsRows(page).nth(before).waitFor()
}
