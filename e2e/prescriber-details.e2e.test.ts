import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors } from './browser.ts'
import { newOwner, signUpThroughForm, uniqueEmail } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { openOutboxShowing } from './outbox.ts'

// The prescriber's qualification, council and registration number: set by the owner when
// inviting and on the staff page, read (not changed) by the doctor on their profile.
describe('prescriber details', () => {
  const e2e = useNiramayaInChromium()

  async function newWindow(options: { bypassCSP?: boolean } = {}) {
    const context = await e2e.newContext({ viewport: { width: 1366, height: 768 }, ...options })
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }

  async function invitationLinkFor(page: Page, email: string): Promise<string> {
    await openOutboxShowing(page, e2e.url('/dev/outbox'), email)
    const message = page.getByRole('article').filter({ hasText: email })
    const href = await message
      .getByRole('link', { name: /\/accept-invitation#token=/ })
      .getAttribute('href')
    if (!href) throw new Error(`no invitation link in the email to ${email}`)
    return href
  }

  it('the owner invites a doctor with a qualification, the doctor sees it, the owner changes it', async () => {
    // bypassCSP lets the accessibility checker run with the dialog open.
    const owner = await newWindow({ bypassCSP: true })
    await owner.page.goto(e2e.url('/signup'))
    await signUpThroughForm(owner.page, newOwner())
    await owner.page.goto(e2e.url('/staff'))
    const email = uniqueEmail('doctor')
    await owner.page.getByRole('textbox', { name: 'Email' }).fill(email)
    await owner.page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Doctor' })
    await owner.page.getByLabel(/^Qualification/).fill('BDS')
    // The council field suggests councils but takes any text.
    const council = owner.page.getByLabel(/^Registration council/)
    expect(await council.getAttribute('list')).toBeTruthy()
    await council.fill('Karnataka State Dental Council')
    await owner.page.getByLabel(/^Registration number/).fill('KSDC-1234')
    await owner.page.getByRole('button', { name: 'Send invitation' }).click()
    await owner.page.getByRole('status').getByText(`Invitation sent to ${email}.`).waitFor()

    const doctor = await newWindow({ bypassCSP: true })
    await doctor.page.goto(await invitationLinkFor(owner.page, email))
    await doctor.page.getByLabel('Your full name').fill('Dr. Kiran Shetty')
    await doctor.page.getByLabel('Password', { exact: true }).fill('neem clove incisor 8')
    await doctor.page.getByLabel('Repeat the new password').fill('neem clove incisor 8')
    await doctor.page.getByRole('button', { name: 'Accept invitation' }).click()
    await doctor.page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
    await doctor.page.goto(e2e.url('/profile'))
    const card = doctor.page.getByRole('region', { name: 'On your prescriptions' })
    await card.getByText('KSDC-1234').waitFor()
    expect(await card.textContent()).toContain('BDS')
    expect(await card.textContent()).toContain('Karnataka State Dental Council')
    expect(await card.textContent()).toContain('ask the clinic owner')
    expect(await card.getByRole('textbox').count()).toBe(0)
    expect(await findSeriousAxeViolations(doctor.page)).toEqual([])

    await owner.page.goto(e2e.url('/staff'))
    const row = owner.page.getByRole('row').filter({ hasText: email })
    expect(await row.textContent()).toContain('Karnataka State Dental Council · KSDC-1234')
    await owner.page
      .getByRole('button', { name: 'Change role or prescriber details of Dr. Kiran Shetty' })
      .click()
    const dialog = owner.page.getByRole('dialog', { name: 'Change Dr. Kiran Shetty' })
    await dialog.getByLabel(/^Qualification/).fill('BDS, MDS (Endodontics)')
    expect(await findSeriousAxeViolations(owner.page)).toEqual([])
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await owner.page.getByRole('status').getByText('Changes saved for Dr. Kiran Shetty.').waitFor()
    await row.getByText('BDS, MDS (Endodontics)').waitFor()

    await doctor.page.reload()
    await card.getByText('BDS, MDS (Endodontics)').waitFor()
    expect(owner.errors).toEqual([])
    expect(doctor.errors).toEqual([])
  })

  it('an owner who practises sets their own qualification from the staff page', async () => {
    const owner = await newWindow()
    const account = newOwner()
    await owner.page.goto(e2e.url('/signup'))
    await signUpThroughForm(owner.page, account)
    await owner.page.goto(e2e.url('/profile'))
    const card = owner.page.getByRole('region', { name: 'On your prescriptions' })
    await card
      .getByText('You can change these details on the Staff page', { exact: false })
      .waitFor()
    await card.getByText('Not set').first().waitFor()
    expect(await card.getByText('Not set').count()).toBe(3)

    await owner.page.goto(e2e.url('/staff'))
    await owner.page
      .getByRole('button', { name: `Change role or prescriber details of ${account.fullName}` })
      .click()
    const dialog = owner.page.getByRole('dialog', { name: `Change ${account.fullName}` })
    // One's own role is not offered (the server refuses it too); no deactivating oneself.
    expect(await dialog.getByRole('combobox', { name: 'Role' }).count()).toBe(0)
    expect(await owner.page.getByRole('button', { name: /^Deactivate/ }).count()).toBe(0)
    await dialog.getByLabel(/^Qualification/).fill('BDS, MDS (Orthodontics)')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await owner.page.getByRole('status').getByText('Changes saved for', { exact: false }).waitFor()
    await owner.page.goto(e2e.url('/profile'))
    await card.getByText('BDS, MDS (Orthodontics)').waitFor()
    expect(owner.errors).toEqual([])
  })
})
