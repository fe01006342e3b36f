import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { procedureId, signaturePng } from './clinical-steps/plans.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const chairside = { width: 1366, height: 768 }

describe('the order of a plan, and whose patients are not booked', () => {
  const e2e = useNiramayaInChromium()

  it('moves items up and down in a phase with buttons and by dragging, and the order stays', async () => {
    const owner = await e2e.newContext({ viewport: chairside, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const plan = (await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/plans`, {
      title: 'Wisdom teeth',
    })) as { id: string }
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/plans/${plan.id}/items`, {
      procedureId: await procedureId(owner, e2e.serverUrl, 'EXT'),
      teeth: [18, 28, 38],
    })
    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=plans`)
    const phase = page.locator('.plan-detail section[data-phase="phase_1"]')
    await phase.locator('li.plan-item').first().waitFor()
    const teeth = () =>
      phase
        .locator('li.plan-item')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tooth')))
    const waitForOrder = (order: string[]) =>
      page.waitForFunction(
        (expected) =>
          [...document.querySelectorAll('section[data-phase="phase_1"] li.plan-item')]
            .map((row) => row.getAttribute('data-tooth'))
            .join() === expected,
        order.join(),
      )
    expect(await teeth()).toEqual(['18', '28', '38'])

    // From the keyboard: the first has no "Move up", the last no "Move down".
    const row = (tooth: number) => phase.locator(`li.plan-item[data-tooth="${tooth}"]`)
    const up = (tooth: number) =>
      row(tooth).getByRole('button', { name: new RegExp(`^${en['plans.moveUp']}`) })
    const down = (tooth: number) =>
      row(tooth).getByRole('button', { name: new RegExp(`^${en['plans.moveDown']}`) })
    expect(await up(18).isDisabled()).toBe(true)
    expect(await down(38).isDisabled()).toBe(true)
    await up(38).focus()
    await page.keyboard.press('Enter')
    await waitForOrder(['18', '38', '28'])
    await page.getByRole('status').filter({ hasText: 'is now number 2' }).waitFor()
    await down(18).click()
    await waitForOrder(['38', '18', '28'])

    // Dragging 28 onto 38 puts it first.
    await row(28).dragTo(row(38))
    await waitForOrder(['28', '38', '18'])
    // The order is the server's, not only the screen's.
    await page.reload()
    await waitForOrder(['28', '38', '18'])
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('filters the not-booked list by doctor, and keeps the filter in the address', async () => {
    const owner = await e2e.newContext({ viewport: chairside, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const signature = await signaturePng(owner, e2e.serverUrl)
    const crown = await procedureId(owner, e2e.serverUrl, 'CRN-ZR')
    const doctors = [
      { name: 'Dr Anjali Rao', tooth: 46 },
      { name: 'Dr Vikram Sethi', tooth: 36 },
    ]
    const plans: string[] = []
    for (const doctor of doctors) {
      const context = await e2e.newContext({ viewport: chairside, bypassCSP: true })
      const { userId } = await joinThroughApi(owner, context, e2e.serverUrl, 'doctor', doctor.name)
      const patient = await registerThroughApi(owner, e2e.serverUrl, {
        ...meenakshi,
        fullName: `Patient of ${doctor.name}`,
        phone: `98450${String(doctor.tooth).padStart(5, '0')}`,
      })
      await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, { userId })
      const base = `/patients/${patient.id}/plans`
      const plan = (await apiPost(context, e2e.serverUrl, base, {
        title: `Crown ${doctor.tooth}`,
      })) as { id: string }
      await apiPost(context, e2e.serverUrl, `${base}/${plan.id}/items`, {
        procedureId: crown,
        teeth: [doctor.tooth],
      })
      const estimate = await context.request.get(
        `${e2e.serverUrl}/api/v1${base}/${plan.id}/estimate?language=en`,
      )
      const { documentSha256 } = (await estimate.json()) as { documentSha256: string }
      await apiPost(context, e2e.serverUrl, `${base}/${plan.id}/acceptance`, {
        signedBy: 'patient',
        signaturePng: signature,
        estimateSha256: documentSha256,
        language: 'en',
      })
      plans.push(plan.id)
    }

    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/clinical/not-booked`)
    const rows = page.locator('.not-booked-table tbody tr')
    await page.locator(`tr[data-plan="${plans[1]}"]`).waitFor()
    expect(await rows.count()).toBe(2)
    const filter = page.getByLabel(en['plans.notBooked.doctorFilter'])
    expect(await filter.locator('option').allTextContents()).toEqual([
      en['plans.notBooked.allDoctors'],
      'Dr Anjali Rao',
      'Dr Vikram Sethi',
    ])
    await filter.selectOption({ label: 'Dr Vikram Sethi' })
    await page.waitForFunction(
      () => document.querySelectorAll('.not-booked-table tbody tr').length === 1,
    )
    expect(await rows.first().getAttribute('data-plan')).toBe(plans[1])
    expect(new URL(page.url()).searchParams.get('doctor')).not.toBeNull()
    // The total is of what is shown.
    const value = await rows.first().locator('td.numeric').first().textContent()
    expect(await page.locator('.not-booked-total').textContent()).toBe(
      en['plans.notBooked.total'].replace('{count}', '1').replace('{value}', value ?? ''),
    )

    // A bookmark of the filtered list opens filtered.
    await page.reload()
    await page.locator(`tr[data-plan="${plans[1]}"]`).waitFor()
    expect(await rows.count()).toBe(1)
    expect(await filter.inputValue()).not.toBe('')
    await filter.selectOption({ label: en['plans.notBooked.allDoctors'] })
    await page.waitForFunction(
      () => document.querySelectorAll('.not-booked-table tbody tr').length === 2,
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
