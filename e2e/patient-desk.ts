import type { BrowserContext, Page } from 'playwright-core'
import { uniqueEmail } from './clinic.ts'
import { outboxMailTo } from './outbox.ts'

/** A state-changing API call with the context's session, sending the CSRF token as the app does. */
export async function apiPost(
  context: BrowserContext,
  baseUrl: string,
  pathname: string,
  body: object,
  method: 'POST' | 'PUT' = 'POST',
): Promise<unknown> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value
  const response = await context.request.fetch(`${baseUrl}/api/v1${pathname}`, {
    method,
    data: body,
    headers: { 'x-csrf-token': csrf ?? '' },
  })
  if (response.status() >= 300) {
    throw new Error(`${pathname} answered ${response.status()}: ${await response.text()}`)
  }
  return response.status() === 204 ? undefined : response.json()
}

/** Registers a patient through the API, as another computer at the clinic would. */
export async function registerThroughApi(context: BrowserContext, baseUrl: string, body: object) {
  return (await apiPost(context, baseUrl, '/patients', body)) as {
    id: string
    patientNumber: string
  }
}

/**
 * The owner invites someone with `role`; they accept in `member` (a browser context of their
 * own), which is then signed in to the owner's clinic.
 */
export async function joinThroughApi(
  owner: BrowserContext,
  member: BrowserContext,
  baseUrl: string,
  role: string,
  fullName = `Test ${role}`,
): Promise<{ userId: string }> {
  const email = uniqueEmail(role)
  await apiPost(owner, baseUrl, '/staff/invitations', { email, role })
  const mail = await outboxMailTo(owner, baseUrl, email)
  const token = /#token=([\w-]+)/.exec(mail.text)
  if (!token) throw new Error(`no invitation email to ${email}`)
  const me = (await apiPost(member, baseUrl, '/auth/invitations/accept', {
    token: token[1],
    fullName,
    password: 'cardamom window ledger 8',
  })) as { user: { id: string } }
  return { userId: me.user.id }
}

export async function isFocused(page: Page, label: string): Promise<boolean> {
  return page.getByLabel(label, { exact: true }).evaluate((input) => {
    return input === document.activeElement
  })
}

/** The text of the error message an input points to with aria-describedby. */
export async function errorOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((input) => {
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = ids.find((id) => id.endsWith('-error'))
    return (error && document.getElementById(error)?.textContent) || ''
  })
}

/** A patient with every field filled, for screens that must show them all. */
export const meenakshi = {
  fullName: 'Meenakshi Subramanian',
  dateOfBirth: '1984-11-02',
  sex: 'female',
  phone: '9845012345',
  email: 'meenakshi.s@example.in',
  address: {
    line1: '14, 2nd Cross, Jayanagar 4th Block',
    city: 'Bengaluru',
    state: 'Karnataka',
    pinCode: '560011',
  },
  preferredLanguage: 'ta',
  aadhaarLast4: '4821',
  abhaNumber: '91-5432-1098-7654',
  abhaAddress: 'meenakshi.s@abdm',
  emergencyContact: { name: 'Ravi Subramanian', relation: 'husband', phone: '9845098450' },
  referralSource: 'Dr. Kiran Rao',
}

/** A child registered with only an age, and her mother as guardian. */
export const meena = {
  fullName: 'Meena Sharma',
  ageYears: 8,
  sex: 'female',
  phone: '9900112233',
  guardian: {
    name: 'Sunita Sharma',
    relation: 'mother',
    phone: '9900112233',
    isIdentifiedAsAdult: true,
  },
}
