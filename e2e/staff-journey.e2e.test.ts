import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import {
  type Account,
  newOwner,
  signInThroughForm,
  signUpThroughForm,
  uniqueEmail,
} from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { openOutboxShowing } from './outbox.ts'

const receptionViewport = { width: 1366, height: 768 }

describe('staff journey', () => {
  const e2e = useNiramayaInChromium()

  function url(pathname: string): string {
    return e2e.url(pathname)
  }

  /** A fresh browser profile: its own cookies, as if on another computer. */
  async function newBrowserWindow(options: { bypassCSP?: boolean } = {}) {
    const context = await e2e.newContext({ viewport: receptionViewport, ...options })
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }

  async function signUpOwner(page: Page): Promise<Account> {
    const owner = newOwner()
    await page.goto(url('/signup'))
    await signUpThroughForm(page, owner)
    return owner
  }

  async function invite(page: Page, email: string, role: string) {
    await page
      .getByRole('navigation', { name: 'Modules' })
      .getByRole('link', { name: 'Staff' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor()
    await page.getByRole('textbox', { name: 'Email' }).fill(email)
    await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: role })
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await page.getByRole('status').getByText(`Invitation sent to ${email}.`).waitFor()
    const pending = page.getByRole('region', { name: 'Pending invitations' })
    await pending.getByRole('rowheader', { name: new RegExp(email) }).waitFor()
  }

  /** Follows the development outbox to the invitation link sent to `email`. */
  async function invitationLinkFor(page: Page, email: string): Promise<string> {
    await openOutboxShowing(page, url('/dev/outbox'), email)
    const message = page.getByRole('article').filter({ hasText: email })
    const link = message.getByRole('link', { name: /\/accept-invitation#token=/ })
    const href = await link.getAttribute('href')
    if (!href) throw new Error(`no invitation link in the email to ${email}`)
    return href
  }

  async function acceptInvitation(page: Page, link: string, person: Account) {
    await page.goto(link)
    await page.getByRole('heading', { level: 1, name: `Join ${person.clinicName}` }).waitFor()
    // The secret left the address bar as soon as the page read it.
    expect(page.url()).not.toContain('token')
    expect(await page.getByRole('main').textContent()).toContain(
      `as Receptionist, with the email ${person.email}`,
    )
    await page.getByLabel('Your full name').fill(person.fullName)
    await page.getByLabel('Password', { exact: true }).fill(person.password)
    await page.getByLabel('Repeat the new password').fill(person.password)
    await page.getByRole('button', { name: 'Accept invitation' }).click()
    await page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
  }

  async function expectNoStaffAccess(page: Page) {
    const nav = page.getByRole('navigation', { name: 'Modules' })
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor()
    for (const hidden of ['Staff', 'Audit log', 'Settings']) {
      expect(await nav.getByRole('link', { name: hidden }).count()).toBe(0)
    }
    await page.goto(url('/staff'))
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor()
    await page
      .getByText('This page is not available for your role (Receptionist).', { exact: false })
      .waitFor()
    expect(await page.getByRole('table').count()).toBe(0)
    // The server refuses the data too, whatever the page shows.
    const status = await page.evaluate(async () => (await fetch('/api/v1/staff')).status)
    expect(status).toBe(403)
  }

  it('invites a receptionist who joins, signs in again and cannot manage staff', async () => {
    const owner = await newBrowserWindow()
    const clinic = await signUpOwner(owner.page)
    const receptionist: Account = {
      clinicName: clinic.clinicName,
      fullName: 'Rita Sharma',
      email: uniqueEmail('reception'),
      password: 'monsoon chai counter 7',
    }
    await invite(owner.page, receptionist.email, 'Receptionist')
    const link = await invitationLinkFor(owner.page, receptionist.email)
    expect(new URL(link).pathname).toBe('/accept-invitation')

    // Another computer: the receptionist's own browser.
    const desk = await newBrowserWindow()
    await acceptInvitation(desk.page, link, receptionist)
    const banner = desk.page.getByRole('banner')
    expect(await banner.textContent()).toContain('Rita Sharma')
    expect(await banner.textContent()).toContain('Receptionist')
    expect(await banner.textContent()).toContain(clinic.clinicName)
    await expectNoStaffAccess(desk.page)

    await desk.page.getByRole('button', { name: 'Sign out' }).click()
    await desk.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
    await signInThroughForm(desk.page, receptionist)
    await desk.page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
    await expectNoStaffAccess(desk.page)

    // Back at the owner's computer: Rita is on the team and her invitation is no longer pending.
    await owner.page.goto(url('/staff'))
    const team = owner.page.getByRole('region', { name: 'Team' })
    const row = team.getByRole('row').filter({ hasText: receptionist.email })
    await row.waitFor()
    expect(await row.textContent()).toContain('Rita Sharma')
    expect(await row.textContent()).toContain('Receptionist')
    expect(await row.getByText('Active', { exact: true }).count()).toBe(1)
    await owner.page.getByText('No invitations are waiting to be accepted.').waitFor()

    expect(owner.errors).toEqual([])
    // Only the two refusals the test asked for itself, one per sign-in.
    expect(unexpectedErrors(desk.errors, [{ status: 403, path: '/api/v1/staff' }])).toEqual([])
    expect(desk.errors).toHaveLength(2)
  })

  it('signs a deactivated member out at their next request', async () => {
    // bypassCSP lets the accessibility checker run with the confirmation dialog open.
    const owner = await newBrowserWindow({ bypassCSP: true })
    const clinic = await signUpOwner(owner.page)
    const receptionist: Account = {
      clinicName: clinic.clinicName,
      fullName: 'Meena Iyer',
      email: uniqueEmail('reception'),
      password: 'jasmine ledger lamp 3',
    }
    await invite(owner.page, receptionist.email, 'Receptionist')
    const desk = await newBrowserWindow()
    await acceptInvitation(
      desk.page,
      await invitationLinkFor(owner.page, receptionist.email),
      receptionist,
    )

    await owner.page.goto(url('/staff'))
    await owner.page.getByRole('button', { name: 'Deactivate Meena Iyer' }).click()
    const dialog = owner.page.getByRole('dialog', { name: 'Deactivate Meena Iyer?' })
    // Cancel has the focus, so an accidental Enter does not deactivate anyone.
    expect(
      await dialog
        .getByRole('button', { name: 'Cancel' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true)
    expect(await findSeriousAxeViolations(owner.page)).toEqual([])
    await dialog.getByRole('button', { name: 'Deactivate' }).click()
    await owner.page.getByRole('status').getByText('Meena Iyer has been deactivated.').waitFor()
    const row = owner.page.getByRole('row').filter({ hasText: receptionist.email })
    await row.getByText('Deactivated', { exact: true }).waitFor()

    // Her next request is refused, and the app takes her to sign in, saying why.
    await desk.page.getByRole('link', { name: /My profile/ }).click()
    await desk.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
    await desk.page.getByText('Your session has ended.', { exact: false }).waitFor()

    expect(owner.errors).toEqual([])
    expect(unexpectedErrors(desk.errors, [{ status: 401, path: '/api/v1/me/sessions' }])).toEqual(
      [],
    )
  })
})
