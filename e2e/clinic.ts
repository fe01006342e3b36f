import { randomUUID } from 'node:crypto'
import type { BrowserContext, Page } from 'playwright-core'

export interface Account {
  clinicName: string
  fullName: string
  email: string
  password: string
}

/** An email no other test (or earlier run on a shared PostgreSQL database) has used. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.in`
}

export function newOwner(): Account {
  return {
    clinicName: 'Sunrise Dental Care',
    fullName: 'Dr. Asha Rao',
    email: uniqueEmail('owner'),
    password: 'saffron lotus molar 42',
  }
}

/** Signs up through the API; the context keeps the session cookies for its pages. */
export async function signUpThroughApi(
  context: BrowserContext,
  baseUrl: string,
  owner: Account = newOwner(),
): Promise<Account> {
  const response = await context.request.post(`${baseUrl}/api/v1/auth/signup`, {
    data: {
      clinicName: owner.clinicName,
      ownerName: owner.fullName,
      email: owner.email,
      password: owner.password,
      state: '29',
    },
  })
  if (response.status() !== 201) {
    throw new Error(`sign-up answered ${response.status()}: ${await response.text()}`)
  }
  return owner
}

/** Fills and sends the sign-up form on /signup; resolves on the dashboard. */
export async function signUpThroughForm(page: Page, owner: Account): Promise<void> {
  await page.getByLabel('Clinic name').fill(owner.clinicName)
  await page.getByLabel('State or union territory').selectOption({ label: 'Karnataka' })
  await page.getByLabel('Your full name').fill(owner.fullName)
  await page.getByLabel('Your email').fill(owner.email)
  await page.getByLabel('Password', { exact: true }).fill(owner.password)
  await page.getByRole('button', { name: 'Create clinic account' }).click()
  await page.getByRole('heading', { level: 1, name: 'Welcome to Niramaya' }).waitFor()
}

/** Fills and sends the sign-in form on /login. */
export async function signInThroughForm(page: Page, account: Account): Promise<void> {
  // After "Sign out" the page is still leaving: typing before the sign-in page has rendered
  // can land in a form that is then replaced (seen on a loaded CI machine).
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password', { exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}
