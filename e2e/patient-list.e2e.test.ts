import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { registerThroughApi } from './patient-desk.ts'

describe('the patients list', () => {
  const e2e = useNiramayaInChromium()

  it('lists newly registered patients first, with number, age, mobile and visit, and pages', async () => {
    const context = await e2e.newContext({
      viewport: { width: 1366, height: 768 },
      bypassCSP: true,
    })
    await signUpThroughApi(context, e2e.serverUrl)
    // Twenty earlier patients fill the first page with the three below: page 2 holds the oldest.
    for (let i = 0; i < 20; i += 1) {
      await registerThroughApi(context, e2e.serverUrl, {
        fullName: `Earlier Patient ${String(i + 1).padStart(2, '0')}`,
        ageYears: 40,
        sex: 'male',
      })
    }
    const three = [
      { fullName: 'Asha Menon', ageYears: 34, sex: 'female', phone: '9845012345' },
      { fullName: 'Bala Murugan', ageYears: 52, sex: 'male', phone: '9845023456' },
      { fullName: 'Chitra Nair', ageYears: 8, sex: 'female' },
    ]
    const registered = []
    for (const body of three) {
      registered.push(
        await registerThroughApi(context, e2e.serverUrl, {
          ...body,
          ...(body.ageYears < 18
            ? {
                guardian: {
                  name: 'Suresh Nair',
                  relation: 'father',
                  phone: '9845034567',
                  isIdentifiedAsAdult: true,
                },
              }
            : {}),
        }),
      )
    }
    const page = await context.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url('/patients'))
    const list = page.getByRole('region', { name: 'Recent and all patients' })
    await list.getByRole('table').waitFor()
    if (process.env.SCREENSHOT_DIR) {
      await page.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/patient-list.png`,
        fullPage: true,
      })
    }

    const rows = list.getByRole('row')
    // A header row and twenty patients, newest first.
    expect(await rows.count()).toBe(21)
    const chitra = rows.nth(1)
    expect(await chitra.getByRole('rowheader').innerText()).toBe('Chitra Nair')
    expect(await chitra.innerText()).toContain(registered[2]?.patientNumber)
    expect(await chitra.innerText()).toContain('8 years · Female')
    expect(await chitra.innerText()).toContain('No visit yet')
    const bala = rows.nth(2)
    expect(await bala.innerText()).toContain('+91 98450 23456')
    expect(await rows.nth(3).getByRole('rowheader').innerText()).toBe('Asha Menon')
    await list.getByText('Page 1 of 2').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The keyboard reaches the next page, which holds the oldest patients.
    const next = list.getByRole('button', { name: 'Next page' })
    await next.focus()
    await page.keyboard.press('Enter')
    await list.getByText('Page 2 of 2').waitFor()
    await list.getByRole('rowheader', { name: 'Earlier Patient 02' }).waitFor()
    expect(await list.getByRole('row').count()).toBe(4)
    expect(await list.getByRole('rowheader', { name: 'Earlier Patient 01' }).count()).toBe(1)
    expect(await next.isDisabled()).toBe(true)
    await list.getByRole('button', { name: 'Previous page' }).click()
    await list.getByText('Page 1 of 2').waitFor()

    // A name opens the patient's page.
    await list.getByRole('link', { name: 'Asha Menon' }).click()
    await page.waitForURL(`**/patients/${registered[0]?.id}`)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
