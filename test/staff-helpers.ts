import type { Role } from '../server/db/schema.ts'
import { listOutbox, readOutboxMessage } from '../server/lib/email/outbox-provider.ts'
import {
  type AnyApp,
  createClient,
  STRONG_PASSWORD,
  type TestClient,
  uniqueEmail,
} from './http-client.ts'

/**
 * Reads the newest invitation link for an email from the test app's outbox, waiting for the
 * job queue's worker to send it (moments after the invite commits; at most 10 seconds).
 */
export async function invitationTokenFor(outboxDir: string, email: string): Promise<string> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const messages = await listOutbox(outboxDir, 200)
    const message = messages.find((candidate) => candidate.to === email)
    const full = message ? await readOutboxMessage(outboxDir, message.id) : undefined
    const token = /accept-invitation#token=([A-Za-z0-9_-]{43})/.exec(full?.text ?? '')?.[1]
    if (token) return token
    if (Date.now() > deadline) throw new Error(`no invitation email for ${email}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/**
 * Invites someone with `role` as `inviter` and accepts as them, through the API.
 * Returns their signed-in client.
 */
export async function addStaff(app: AnyApp, outboxDir: string, inviter: TestClient, role: Role) {
  const email = uniqueEmail(role)
  const invite = await inviter.post('/api/v1/staff/invitations', { email, role })
  if (invite.status !== 201)
    throw new Error(`invite failed: ${invite.status} ${await invite.text()}`)
  const token = await invitationTokenFor(outboxDir, email)
  const client = createClient(app)
  const accept = await client.post('/api/v1/auth/invitations/accept', {
    token,
    fullName: `Test ${role}`,
    password: STRONG_PASSWORD,
  })
  if (accept.status !== 201)
    throw new Error(`accept failed: ${accept.status} ${await accept.text()}`)
  const me = (await accept.json()) as { user: { id: string } }
  return { client, email, userId: me.user.id, password: STRONG_PASSWORD }
}
