import type { AppDependencies } from './http/app-env.ts'
import { emailJobHandler, type JobHandler, type QueueName } from './jobs/index.ts'
import { recallJobHandler } from './modules/appointments/index.ts'
import { messageJobHandler, retentionJobHandler } from './modules/messaging/index.ts'

/**
 * What the worker runs for each queue: the composition root for background work, as
 * server/app.ts is for routes (modules depend on server/jobs to enqueue; the worker depends on
 * the modules to handle). A queue without a handler here is never worked.
 */
export function jobHandlers(
  deps: Pick<
    AppDependencies,
    | 'db'
    | 'email'
    | 'keyring'
    | 'jobs'
    | 'whatsapp'
    | 'whatsappEndpoints'
    | 'sms'
    | 'clock'
    | 'publicUrl'
  >,
): Record<QueueName, JobHandler> {
  return {
    email: emailJobHandler(deps),
    message: messageJobHandler(deps),
    retention: retentionJobHandler(deps),
    recalls: recallJobHandler(deps),
  }
}
