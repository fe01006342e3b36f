import { Secret, TOTP } from 'otpauth'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { type Account, newOwner, signInThroughForm, signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { openOutboxShowing } from './outbox.ts'

const receptionViewport = { width: 1366, height: 768 }

/** The code an authenticator app would show for `secret`, `stepsAgo` 30-second steps ago. */
function totpCode(secret: string, stepsAgo = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 })
  return totp.generate({ timestamp: Date.now() - stepsAgo * 30_000 })
}

/** Waits while fewer than 3 seconds remain in this 30-second step, so a code stays current. */
async function awayFromStepEdge(): Promise<void> {
  const remaining = 30_000 - (Date.now() % 30_000)
  if (remaining < 3_000) await new Promise((resolve) => setTimeout(resolve, remaining + 100))
}

describe('signing in', () => {
  const e2e = useNiramayaInChromium()

  function url(pathname: string): string {
    return e2e.url(pathname)
  }

  /** A browser profile of its own; with `account`, signed up as that clinic's owner. */
  async function newBrowserWindow(account?: Account) {
    const context = await e2e.newContext({ viewport: receptionViewport })
    if (account) await signUpThroughApi(context, e2e.serverUrl, account)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page) }
  }

  async function linkInOutbox(page: Page, to: string, pathname: string): Promise<string> {
    await openOutboxShowing(page, url('/dev/outbox'), to)
    const message = page.getByRole('article').filter({ hasText: to }).first()
    const href = await message
      .getByRole('link', { name: new RegExp(pathname) })
      .getAttribute('href')
    if (!href) throw new Error(`no ${pathname} link in the email to ${to}`)
    return href
  }

  it('makes the owner set up two-factor once the clinic requires it, then asks for a code', async () => {
    const owner = newOwner()
    const { page, errors } = await newBrowserWindow(owner)
    await page.goto(url('/settings'))
    await page.getByLabel('Require two-factor sign-in for owners and administrators').check()
    await page.getByRole('button', { name: 'Save settings' }).click()

    // The owner has no two-factor yet, so every page now leads to the profile's set-up.
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor()
    await page.getByText('Your clinic requires two-factor sign-in.', { exact: false }).waitFor()
    await page.goto(url('/staff'))
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor()

    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
    await page
      .getByRole('img', { name: 'QR code to add Niramaya to your authenticator app' })
      .waitFor()
    const secret = (await page.locator('code.secret').textContent())?.replace(/\s/g, '') ?? ''
    await page.getByLabel('6-digit code').fill('000000')
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click()
    await page.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor()
    // The code from one step ago: the sign-in below then uses a later, unused step.
    await awayFromStepEdge()
    await page.getByLabel('6-digit code').fill(totpCode(secret, 1))
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click()
    await page.getByRole('status').getByText('Two-factor sign-in is now on.').waitFor()
    await page.goto(url('/staff'))
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor()
    // The page's lists arrived: signing out while they load ends the session under them (on
    // PostgreSQL the sign-out can commit first, and the invitations then answer 401).
    await page.getByText('No invitations are waiting to be accepted.').waitFor()

    await page.getByRole('button', { name: 'Sign out' }).click()
    await signInThroughForm(page, owner)
    await page.getByRole('heading', { level: 1, name: 'Enter your sign-in code' }).waitFor()
    const codeField = page.getByLabel('Authentication code')
    expect(await codeField.evaluate((input) => input === document.activeElement)).toBe(true)
    await awayFromStepEdge()
    await codeField.fill(totpCode(secret))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
    // The wrong code's 400, and the 401 by which the API asks for a code; nothing else.
    const expected = [
      { status: 400, path: '/api/v1/me/two-factor/confirm' },
      { status: 401, path: '/api/v1/auth/login' },
    ]
    expect(unexpectedErrors(errors, expected)).toEqual([])
    expect(errors).toHaveLength(2)
  })

  it('lets someone who works at two clinics choose which one to open', async () => {
    const clinicA = newOwner()
    const personB: Account = {
      ...newOwner(),
      clinicName: 'Neem Tree Clinic',
      fullName: 'Dr. Vikram Das',
    }
    const ownerA = await newBrowserWindow(clinicA)
    await newBrowserWindow(personB)

    await ownerA.page.goto(url('/staff'))
    await ownerA.page.getByRole('textbox', { name: 'Email' }).fill(personB.email)
    await ownerA.page.getByRole('combobox', { name: 'Role' }).selectOption('doctor')
    await ownerA.page.getByLabel(/Registration number/).fill('A-12345')
    await ownerA.page.getByLabel(/Registration council/).fill('Karnataka State Dental Council')
    await ownerA.page.getByRole('button', { name: 'Send invitation' }).click()
    await ownerA.page
      .getByRole('status')
      .getByText(`Invitation sent to ${personB.email}.`)
      .waitFor()
    const link = await linkInOutbox(ownerA.page, personB.email, '/accept-invitation')

    // Vikram already has an account, so the invitation asks only for its password.
    const desk = await newBrowserWindow()
    await desk.page.goto(link)
    await desk.page.getByText('You already have a Niramaya account.', { exact: false }).waitFor()
    expect(await desk.page.getByLabel('Your full name').count()).toBe(0)
    await desk.page.getByLabel('Your Niramaya password').fill(personB.password)
    await desk.page.getByRole('button', { name: 'Accept invitation' }).click()
    await desk.page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
    expect(await desk.page.getByRole('banner').textContent()).toContain(clinicA.clinicName)

    await desk.page.getByRole('button', { name: 'Sign out' }).click()
    await signInThroughForm(desk.page, personB)
    await desk.page.getByRole('heading', { level: 1, name: 'Choose a clinic' }).waitFor()
    await desk.page.getByRole('button', { name: 'Continue' }).click()
    await desk.page.getByText('Choose a clinic', { exact: true }).last().waitFor()
    await desk.page.getByRole('radio', { name: 'Neem Tree Clinic' }).check()
    await desk.page.getByRole('button', { name: 'Continue' }).click()
    await desk.page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
    const banner = await desk.page.getByRole('banner').textContent()
    expect(banner).toContain('Neem Tree Clinic')
    expect(banner).toContain('Owner')

    // At clinic A he is a doctor with his registration on record.
    await ownerA.page.goto(url('/staff'))
    const row = ownerA.page.getByRole('row').filter({ hasText: personB.email })
    expect(await row.textContent()).toContain('Doctor')
    expect(await row.textContent()).toContain('A-12345')
    expect(ownerA.errors).toEqual([])
    // The 409 that carries the clinic list is how the API asks for the choice.
    expect(unexpectedErrors(desk.errors, [{ status: 409, path: '/api/v1/auth/login' }])).toEqual([])
  })

  it('resets a forgotten password with the emailed link, which then stops working', async () => {
    const owner = newOwner()
    await newBrowserWindow(owner)
    const { page, errors } = await newBrowserWindow()
    await page.goto(url('/login'))
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await page.getByLabel('Email').fill(owner.email)
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await page
      .getByRole('status')
      .getByText(`If an account uses ${owner.email}`, { exact: false })
      .waitFor()

    const link = await linkInOutbox(page, owner.email, '/reset-password')
    await page.goto(link)
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor()
    expect(page.url()).not.toContain('token')
    const newPassword = 'banyan courtyard rain 19'
    await page.getByLabel('New password', { exact: true }).fill(newPassword)
    await page.getByLabel('Repeat the new password').fill('something else entirely')
    await page.getByRole('button', { name: 'Save new password' }).click()
    await page.getByText('The two passwords are not the same').waitFor()
    await page.getByLabel('Repeat the new password').fill(newPassword)
    await page.getByRole('button', { name: 'Save new password' }).click()
    await page
      .getByRole('status')
      .getByText('Your password has been changed', { exact: false })
      .waitFor()

    await page.getByRole('link', { name: 'Sign in' }).click()
    await signInThroughForm(page, { ...owner, password: newPassword })
    await page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()

    const { page: again, errors: againErrors } = await newBrowserWindow()
    await again.goto(link)
    await again.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor()
    await again.getByLabel('New password', { exact: true }).fill('another long passphrase')
    await again.getByLabel('Repeat the new password').fill('another long passphrase')
    await again.getByRole('button', { name: 'Save new password' }).click()
    await again
      .getByRole('alert')
      .getByText('This reset link has expired or has already been used.')
      .waitFor()
    expect(errors).toEqual([])
    expect(againErrors.map((error) => error.includes('status of 410'))).toEqual([true])
  })
})
