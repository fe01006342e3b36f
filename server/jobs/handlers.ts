import type { AppDependencies } from '../http/app-env.ts'
import { emailJobHandler } from './email-job.ts'
import type { JobHandler } from './job-queue.ts'
import type { QueueName } from './queues.ts'

/** What the worker runs for each queue. A queue without a handler here is never worked. */
export function jobHandlers(
  deps: Pick<AppDependencies, 'email' | 'keyring'>,
): Record<QueueName, JobHandler> {
  return {
    email: emailJobHandler(deps),
  }
}
