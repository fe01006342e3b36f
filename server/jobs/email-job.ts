import type { Tx } from '../db/with-clinic.ts'
import { DecryptionError, openJobPayload, sealJobPayload } from '../lib/crypto/index.ts'
import type { EmailMessage, EmailProvider } from '../lib/email/email-provider.ts'
import type { Keyring } from '../modules/clinic-keys/index.ts'
import { enqueue } from './enqueue.ts'
import { type JobHandler, type JobQueue, PermanentJobError } from './job-queue.ts'
import { QUEUES } from './queues.ts'

/**
 * Emails go through the queue: enqueued with the change that causes them (an invitation, a reset
 * link), sent by the worker after the commit, retried with backoff when the mail server fails,
 * and dead-lettered (visible in `npm run jobs`) when it keeps failing. The message holds a
 * one-time link, so it is sealed for the queue's table (server/lib/crypto/job-payload.ts).
 */
export async function enqueueEmail(
  tx: Tx,
  services: { jobs: JobQueue; keyring: Keyring },
  message: EmailMessage,
): Promise<string> {
  return enqueue(tx, services.jobs, QUEUES.email, {
    payload: sealJobPayload(services.keyring.current, QUEUES.email, message),
  })
}

/** The worker's handler: opens the sealed message and sends it. */
export function emailJobHandler(services: { email: EmailProvider; keyring: Keyring }): JobHandler {
  return async (data) => {
    let message: EmailMessage
    try {
      const payload = (data as { payload?: unknown } | null)?.payload
      message = openJobPayload(
        (id) => services.keyring.find(id),
        QUEUES.email,
        payload,
      ) as EmailMessage
    } catch (error) {
      // Sealed under a master key this server no longer holds, or altered: retrying cannot help.
      if (error instanceof DecryptionError || error instanceof SyntaxError) {
        throw new PermanentJobError('the email job does not open with this server’s master keys')
      }
      throw error
    }
    await services.email.send(message)
  }
}
