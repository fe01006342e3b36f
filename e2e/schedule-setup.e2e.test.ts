import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatDate, todayInZone } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi } from './patient-desk.ts'

const receptionViewport = { width: 1366, height: 768 }
const tabletViewport = { width: 768, height: 1024 }
const mondayToSaturday = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The text of the error an input points to with aria-describedby. */
function errorOf(input: Locator): Promise<string> {
  return input.evaluate((element) => {
    const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = ids.find((id) => id.endsWith('-error'))
    return (error && document.getElementById(error)?.textContent) || ''
  })
}

const day = (page: Page, name: string) => page.getByRole('group', { name, exact: true })

describe('scheduling set-up', () => {
  const e2e = useNiramayaInChromium()

  /** The owner of a new clinic with a doctor who has joined it. */
  async function clinicWithDoctor(viewport = receptionViewport) {
    const context = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(context, e2e.serverUrl)
    const doctorContext = await e2e.newContext({ viewport, bypassCSP: true })
    const doctor = await joinThroughApi(context, doctorContext, e2e.serverUrl, 'doctor')
    const page = await context.newPage()
    return { context, page, errors: collectPageErrors(page), doctorId: doctor.userId }
  }

  async function openSetUp(page: Page, tab?: string) {
    await page.goto(e2e.url(`/appointments/setup${tab ? `?tab=${tab}` : ''}`))
    await page.getByRole('heading', { level: 1, name: 'Scheduling set-up' }).waitFor()
  }

  async function expectMondayToSaturdayHours(page: Page) {
    for (const name of mondayToSaturday) {
      const group = day(page, name)
      expect(await group.getByLabel('Session 1 start').inputValue()).toBe('09:00')
      expect(await group.getByLabel('Session 1 end').inputValue()).toBe('13:00')
      expect(await group.getByLabel('Session 2 start').inputValue()).toBe('14:00')
      expect(await group.getByLabel('Session 2 end').inputValue()).toBe('18:00')
      await group.getByText('Break 13:00–14:00').waitFor()
    }
    await day(page, 'Sunday').getByText('Closed').waitFor()
  }

  it('the owner sets a doctor’s hours Monday to Saturday with a lunch break', async () => {
    const { page, errors } = await clinicWithDoctor()
    await openSetUp(page)
    await page.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Test doctor (Doctor)' })
    await page.getByRole('group', { name: 'Working week of Test doctor' }).waitFor()
    // The week reads Monday first.
    const legends = await page.locator('.day-hours > legend').allTextContents()
    expect(legends).toEqual([...mondayToSaturday, 'Sunday'])

    const monday = day(page, 'Monday')
    await monday.getByText('Closed').waitFor()
    await monday.getByRole('button', { name: 'Add a session on Monday' }).click()
    // Adding a session puts the cursor in it.
    expect(
      await monday
        .getByLabel('Session 1 start')
        .evaluate((input) => input === document.activeElement),
    ).toBe(true)
    await monday.getByLabel('Session 1 start').fill('09:00')
    await monday.getByLabel('Session 1 end').fill('13:00')
    await monday.getByRole('button', { name: 'Add a session on Monday' }).click()
    // The next session starts where the last one ended.
    expect(await monday.getByLabel('Session 2 start').inputValue()).toBe('13:00')
    await monday.getByLabel('Session 2 start').fill('14:00')
    await monday.getByLabel('Session 2 end').fill('18:00')
    await monday.getByText('Break 13:00–14:00').waitFor()
    await page.getByRole('button', { name: 'Copy Monday to Tuesday–Saturday' }).click()
    await page.getByRole('status').getByText('Monday’s hours were copied').waitFor()
    await expectMondayToSaturdayHours(page)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Save hours' }).click()
    await page.getByRole('status').getByText('Hours saved for Test doctor.').waitFor()
    await page.reload()
    await page.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Test doctor (Doctor)' })
    await day(page, 'Monday').getByLabel('Session 1 start').waitFor()
    await expectMondayToSaturdayHours(page)

    // A session that ends before it starts is refused under its end time, which takes the focus.
    const tuesday = day(page, 'Tuesday')
    await tuesday.getByLabel('Session 2 end').fill('12:00')
    await page.getByRole('button', { name: 'Save hours' }).click()
    await page.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor()
    const badEnd = tuesday.getByLabel('Session 2 end')
    expect(await badEnd.getAttribute('aria-invalid')).toBe('true')
    expect(await badEnd.evaluate((input) => input === document.activeElement)).toBe(true)
    expect(await errorOf(badEnd)).toBe('The end must be after the start')
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Removing a session moves the focus to "Add a session" and drops the break.
    await tuesday.getByRole('button', { name: 'Remove session 2 on Tuesday' }).click()
    expect(
      await tuesday
        .getByRole('button', { name: 'Add a session on Tuesday' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true)
    expect(await tuesday.getByText(/^Break/).count()).toBe(0)
    await page.getByRole('button', { name: 'Save hours' }).click()
    await page.getByRole('status').getByText('Hours saved for Test doctor.').waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('the owner adds a chair, an appointment type, a day of leave and a recall rule', async () => {
    const { page, errors } = await clinicWithDoctor(tabletViewport)
    await openSetUp(page, 'chairs')
    await page.getByText('No chairs have been added yet.').waitFor()
    await page.getByLabel('Chair name').fill('Chair 1')
    await page.getByRole('button', { name: 'Add chair' }).click()
    await page.getByRole('status').getByText('Chair 1 was added.').waitFor()
    await page.getByRole('rowheader', { name: 'Chair 1' }).waitFor()
    // A second chair of the same name is refused under the name.
    await page.getByLabel('Chair name').fill('chair 1')
    await page.getByRole('button', { name: 'Add chair' }).click()
    await page.getByText('A chair with this name already exists in the branch').waitFor()
    await page.getByRole('button', { name: 'Change Chair 1' }).click()
    const dialog = page.getByRole('dialog', { name: 'Change Chair 1' })
    await dialog.getByLabel('Chair name').fill('Surgery chair')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').getByText('Changes saved for Surgery chair.').waitFor()
    await page.getByRole('button', { name: 'Deactivate Surgery chair' }).click()
    await page.getByRole('status').getByText('Surgery chair is no longer in use.').waitFor()
    await page.getByRole('row', { name: /Surgery chair\s*Not in use/ }).waitFor()
    await page.getByRole('button', { name: 'Reactivate Surgery chair' }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByRole('tab', { name: 'Appointment types' }).click()
    await page.getByText('No appointment types have been added yet.').waitFor()
    await page.getByLabel('Name', { exact: true }).fill('Root canal sitting')
    await page.getByLabel('Usual length in minutes').fill('32')
    await page.getByRole('button', { name: 'Add type' }).click()
    expect(await errorOf(page.getByLabel('Usual length in minutes'))).toBe(
      'Enter a multiple of 5 from 5 to 480',
    )
    await page.getByLabel('Usual length in minutes').fill('45')
    await page.getByLabel('Colour on the calendar').fill('#2f855a')
    await page.getByRole('button', { name: 'Add type' }).click()
    await page.getByRole('status').getByText('Root canal sitting was added.').waitFor()
    await page.getByRole('row', { name: /Root canal sitting\s*45 min\s*In use/ }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.getByRole('tab', { name: 'Leave and holidays' }).click()
    await page.getByText('No leave or holidays in the next 90 days.').waitFor()
    const leaveDay = formatDate(addDays(todayInZone('Asia/Kolkata'), 7))
    await page.getByLabel('Doctor, or the whole clinic').selectOption({ label: 'Test doctor' })
    await page.getByLabel('Kind').selectOption({ label: 'Leave' })
    await page.getByLabel('First day').fill(leaveDay)
    await page.getByLabel('Last day').fill(leaveDay)
    await page.getByLabel('Note (optional)').fill('Family wedding')
    await page.getByRole('button', { name: 'Add leave' }).click()
    await page.getByRole('status').getByText(`Leave added: Test doctor, ${leaveDay}.`).waitFor()
    const leaveRow = page.getByRole('row', { name: new RegExp(leaveDay) })
    expect(await leaveRow.getByRole('cell').allTextContents()).toEqual([
      'Test doctor',
      'Leave',
      'Family wedding',
      'Delete',
    ])
    // Part of a day, for the whole clinic.
    await page.getByLabel('Doctor, or the whole clinic').selectOption({ label: 'Whole clinic' })
    await page.getByLabel('Kind').selectOption({ label: 'Training' })
    await page.getByLabel('Only part of a day').check()
    await page.getByLabel('Date', { exact: true }).fill(leaveDay)
    await page.getByLabel('From', { exact: true }).fill('14:00')
    await page.getByLabel('Until', { exact: true }).fill('17:00')
    await page.getByRole('button', { name: 'Add leave' }).click()
    await page.getByRole('rowheader', { name: `${leaveDay}, 14:00–17:00` }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await page
      .getByRole('button', { name: `Delete Training of Whole clinic, ${leaveDay}, 14:00–17:00` })
      .click()
    await page
      .getByRole('dialog', { name: 'Delete this leave?' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await page.getByRole('status').getByText('Leave deleted: Whole clinic').waitFor()
    expect(await page.getByRole('rowheader', { name: /14:00/ }).count()).toBe(0)

    await page.getByRole('tab', { name: 'Recall rules' }).click()
    await page.getByText('No recall rules have been added yet.').waitFor()
    await page.getByLabel('Name', { exact: true }).fill('Six-monthly check-up')
    await page.getByLabel('Every how many months').fill('6')
    await page.getByRole('button', { name: 'Add rule' }).click()
    await page.getByRole('status').getByText('Six-monthly check-up was added.').waitFor()
    await page.getByLabel('Name', { exact: true }).fill('Review after root canal')
    await page.getByLabel('Every how many months').fill('1')
    await page.getByLabel('Counted from').selectOption({ label: 'Root canal sitting' })
    await page.getByRole('button', { name: 'Add rule' }).click()
    await page.getByRole('status').getByText('Review after root canal was added.').waitFor()
    expect(
      await page
        .getByRole('row', { name: /Six-monthly/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Every 6 months', 'Any visit', 'In use', 'ChangeDeactivate'])
    expect(
      await page
        .getByRole('row', { name: /Review after/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Every month', 'Root canal sitting', 'In use', 'ChangeDeactivate'])
    expect(await findSeriousAxeViolations(page)).toEqual([])
    // The expected 409 from the duplicate chair.
    expect(unexpectedErrors(errors, [{ status: 409, path: '/api/v1/schedule/chairs' }])).toEqual([])
  })

  it('the front desk sees the set-up but cannot change it', async () => {
    const { context, doctorId } = await clinicWithDoctor()
    const week = [1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      sessions: [
        { start: '09:00', end: '13:00' },
        { start: '14:00', end: '18:00' },
      ],
    }))
    await apiPost(context, e2e.serverUrl, `/schedule/doctors/${doctorId}/hours`, { week }, 'PUT')
    await apiPost(context, e2e.serverUrl, '/schedule/chairs', { name: 'Chair 1' })
    const desk = await receptionist(context)
    await openSetUp(desk.page)
    await desk.page
      .getByText('You can look at the set-up. Only the owner or an administrator can change it.')
      .waitFor()
    await desk.page
      .getByLabel('Doctor', { exact: true })
      .selectOption({ label: 'Test doctor (Doctor)' })
    const monday = desk.page.getByRole('row', { name: /^Monday/ })
    // The chosen doctor's week arrives after the choice: wait for it, not for the first paint.
    await expect
      .poll(() => monday.getByRole('cell').allTextContents())
      .toEqual(['09:00–13:00, 14:00–18:00', '13:00–14:00'])
    expect(
      await desk.page
        .getByRole('row', { name: /^Sunday/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe('Closed')
    expect(await desk.page.getByRole('button', { name: 'Save hours' }).count()).toBe(0)
    expect(await desk.page.locator('main input').count()).toBe(0)
    expect(await findSeriousAxeViolations(desk.page)).toEqual([])

    await desk.page.getByRole('tab', { name: 'Chairs' }).click()
    await desk.page.getByRole('rowheader', { name: 'Chair 1' }).waitFor()
    expect(await desk.page.getByRole('button', { name: /Chair 1/ }).count()).toBe(0)
    expect(await desk.page.getByRole('heading', { name: 'Add a chair' }).count()).toBe(0)
    await desk.page.getByRole('tab', { name: 'Leave and holidays' }).click()
    await desk.page.getByText('No leave or holidays in the next 90 days.').waitFor()
    expect(await desk.page.getByRole('button', { name: 'Add leave' }).count()).toBe(0)
    expect(unexpectedErrors(desk.errors, [])).toEqual([])
  })

  it('the owner lets doctors see every doctor’s appointments and finds the set-up from Settings', async () => {
    const { page, errors } = await clinicWithDoctor()
    await page.goto(e2e.url('/settings'))
    const toggle = page.getByLabel('Doctors may see and change every doctor’s appointments')
    expect(await toggle.isChecked()).toBe(false)
    await toggle.check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByRole('status').getByText('Settings saved.').waitFor()
    await page.reload()
    expect(
      await page.getByLabel('Doctors may see and change every doctor’s appointments').isChecked(),
    ).toBe(true)
    await page.getByRole('link', { name: 'Scheduling set-up' }).click()
    await page.getByRole('heading', { level: 1, name: 'Scheduling set-up' }).waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  async function receptionist(owner: BrowserContext) {
    const context = await e2e.newContext({ viewport: receptionViewport, bypassCSP: true })
    await joinThroughApi(owner, context, e2e.serverUrl, 'receptionist')
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }
})
