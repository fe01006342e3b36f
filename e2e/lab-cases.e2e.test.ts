import { describe, expect, it } from 'vitest'
import { formatDate, todayInZone } from '../shared/format/date.ts'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, meenakshi, registerThroughApi } from './patient-desk.ts'

const chairside = { width: 1366, height: 768 }

/** The clinic's date `days` from today (Asia/Kolkata), as YYYY-MM-DD: never a fixed date. */
const clinicDate = (days: number) => {
  const today = Date.parse(`${todayInZone('Asia/Kolkata')}T00:00:00Z`)
  return new Date(today + days * 86_400_000).toISOString().slice(0, 10)
}

describe('dental lab work', () => {
  const e2e = useNiramayaInChromium()

  it('a crown on 36 is sent to a lab and then received, and shows on the board', async () => {
    const owner = await e2e.newContext({ viewport: chairside, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = (await registerThroughApi(owner, e2e.serverUrl, meenakshi)) as { id: string }
    const page = await owner.newPage()
    const errors = collectPageErrors(page)

    // The lab is added on the board, its mobile number stored as +91.
    await page.goto(`${e2e.serverUrl}/lab`)
    await page.getByRole('heading', { name: en['lab.board.title'] }).waitFor()
    await page.getByText(en['lab.board.overdueEmpty']).waitFor()
    const labForm = page.getByRole('form', { name: en['lab.labs.add'] })
    await labForm.getByLabel(en['lab.labs.name']).fill('Precision Dental Lab')
    await labForm.getByLabel(en['lab.labs.contactPerson'], { exact: false }).fill('Ramesh Patil')
    await labForm.getByLabel(en['lab.labs.phone'], { exact: false }).fill('98201 23456')
    await labForm.getByRole('button', { name: en['lab.labs.add'] }).click()
    await page.getByRole('status').filter({ hasText: en['lab.labs.added'] }).waitFor()
    await page.locator('.lab-list').getByText('+91 98201 23456').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // An older case, already overdue, sent through the API.
    const labs = (await (await owner.request.get(`${e2e.serverUrl}/api/v1/labs`)).json()) as {
      labs: { id: string }[]
    }
    const labId = labs.labs[0]?.id as string
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/lab-cases`, {
      labId,
      workType: 'complete_denture',
      teeth: [11],
      sentOn: clinicDate(-10),
      dueOn: clinicDate(-3),
    })

    // The crown is sent from the patient's Lab tab: typed tooth, work, shade, material, due date.
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=lab`)
    const send = page.locator('form.lab-send-form')
    await send.waitFor()
    await send
      .getByLabel(en['lab.lab'], { exact: true })
      .selectOption({ label: 'Precision Dental Lab' })
    await send
      .getByLabel(en['lab.workType'], { exact: true })
      .selectOption({ label: en['lab.workType.crown'] })
    await send.getByLabel(en['lab.teeth'], { exact: true }).fill('36')
    await send.getByLabel(en['lab.shade'], { exact: false }).fill('VITA A2')
    await send
      .getByLabel(en['lab.material'], { exact: true })
      .selectOption({ label: en['lab.material.zirconia'] })
    await send.getByLabel(en['lab.dueOn'], { exact: true }).fill(clinicDate(7))
    await send.getByRole('button', { name: en['lab.send'] }).click()
    await page.getByRole('status').filter({ hasText: en['lab.sent'] }).waitFor()
    const crownRow = page.locator('.lab-table tbody tr', { hasText: en['lab.workType.crown'] })
    await crownRow.waitFor()
    expect(await crownRow.textContent()).toContain('VITA A2')
    expect(await crownRow.locator('td').nth(1).textContent()).toBe('36')
    expect(await crownRow.getAttribute('data-status')).toBe('sent')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    const caseId = (await crownRow.getAttribute('data-case')) as string

    // On the board: the denture is overdue by 3 days; the crown is at the lab.
    await page.goto(`${e2e.serverUrl}/lab`)
    const overdue = page.locator('section[aria-labelledby="lab-overdue-heading"] tbody tr')
    await overdue.first().waitFor()
    expect(await overdue.count()).toBe(1)
    expect(await overdue.first().textContent()).toContain(
      en['lab.daysOverdue'].replace('{days}', '3'),
    )
    const cases = page.locator('section[aria-labelledby="lab-cases-heading"]')
    const crownOnBoard = cases.locator(`tr[data-case="${caseId}"]`)
    await crownOnBoard.waitFor()
    expect(await crownOnBoard.textContent()).toContain(meenakshi.fullName)
    expect(await crownOnBoard.textContent()).toContain(formatDate(clinicDate(7)))

    // Received: dated the clinic's today, and listed under Received.
    await crownOnBoard.getByRole('button', { name: new RegExp(`^${en['lab.receive']}`) }).click()
    await page.getByRole('status').filter({ hasText: en['lab.received'] }).waitFor()
    await page.waitForFunction(
      (id) =>
        document.querySelector(`tr[data-case="${id}"]`)?.getAttribute('data-status') === 'received',
      caseId,
    )
    const received = en['lab.statusOn']
      .replace('{status}', en['lab.status.received'])
      .replace('{date}', formatDate(clinicDate(0)))
    expect(await crownOnBoard.textContent()).toContain(received)
    await cases.getByLabel(en['lab.board.statusFilter']).selectOption({
      label: en['lab.status.received'],
    })
    await page.waitForFunction(
      () =>
        document.querySelectorAll('section[aria-labelledby="lab-cases-heading"] tbody tr')
          .length === 1,
    )
    expect(new URL(page.url()).searchParams.get('status')).toBe('received')
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // And on the patient's tab, the next step is fitting.
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=lab`)
    const onTab = page.locator(`tr[data-case="${caseId}"]`)
    await onTab.waitFor()
    expect(await onTab.getAttribute('data-status')).toBe('received')
    await onTab.getByRole('button', { name: new RegExp(`^${en['lab.fit']}`) }).waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
