import type { BrowserContext, Page } from 'playwright-core'

/**
 * Emails leave through the job queue, moments after the change that caused them commits; these
 * wait for one to reach the development outbox (at most 10 seconds) instead of reading it once.
 */
const WAIT_MS = 10_000

/** The newest outbox email to `to`, read through the API with the context's session. */
export async function outboxMailTo(
  context: BrowserContext,
  baseUrl: string,
  to: string,
): Promise<{ to: string; text: string }> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const mails = (await (await context.request.get(`${baseUrl}/api/v1/dev/outbox`)).json()) as {
      to: string
      text: string
    }[]
    const mail = mails.find((each) => each.to === to)
    if (mail) return mail
    if (Date.now() > deadline) throw new Error(`no email to ${to} in the outbox`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Opens the development outbox page once an email mentioning `text` is in it. */
export async function openOutboxShowing(page: Page, url: string, text: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    await page.goto(url)
    await page.getByRole('heading', { level: 1, name: 'Development outbox' }).waitFor()
    if ((await page.getByRole('article').filter({ hasText: text }).count()) > 0) return
    if (Date.now() > deadline) throw new Error(`no email mentioning ${text} in the outbox`)
    await page.waitForTimeout(200)
  }
}
