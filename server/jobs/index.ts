/**
 * The durable job queue (pg-boss, ADR 0024): installed by the migration runner, opened by the
 * server and the worker as the app role; jobs enqueued inside the transaction of their change.
 */
export { emailJobHandler, enqueueEmail } from './email-job.ts'
export { enqueue } from './enqueue.ts'
export {
  type JobConnection,
  type JobHandler,
  type JobQueue,
  openJobQueue,
  PermanentJobError,
} from './job-queue.ts'
export { deadLetterQueue, JOB_SCHEMA, QUEUES, type QueueName, SCHEDULES } from './queues.ts'
