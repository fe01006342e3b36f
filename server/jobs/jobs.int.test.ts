import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { uniqueEmail } from '../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { sealJobPayload } from '../lib/crypto/index.ts'
import type { EmailProvider } from '../lib/email/email-provider.ts'
import { listOutbox } from '../lib/email/outbox-provider.ts'
import type { Logger } from '../lib/logger.ts'
import { enqueueEmail } from './email-job.ts'
import { enqueue } from './enqueue.ts'
import { describeJobReport, jobReport } from './job-report.ts'
import { deadLetterQueue, QUEUES } from './queues.ts'

const message = (to: string) => ({
  to,
  subject: 'Reset your Niramaya password',
  text: `Open https://clinic.example/reset-password#token=${'x'.repeat(43)}`,
})

/** Polls pg-boss until the job is in `state` (the worker runs in the background). */
async function jobInState(t: TestApp, queue: string, id: string, state: string) {
  let job: Awaited<ReturnType<TestApp['deps']['jobs']['boss']['findJobs']>>[number] | undefined
  await expect
    .poll(
      async () => {
        ;[job] = await t.deps.jobs.boss.findJobs(queue, { id })
        return job?.state
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(state)
  if (!job) throw new Error('unreachable')
  return job
}

describe('the job queue', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('keeps a job only if its transaction commits, and the worker then sends it', async () => {
    const kept = uniqueEmail('kept')
    const dropped = uniqueEmail('dropped')
    let droppedId = ''
    await expect(
      t.database.db.transaction().execute(async (tx) => {
        droppedId = await enqueueEmail(tx, t.deps, message(dropped))
        throw new Error('the change fails')
      }),
    ).rejects.toThrow('the change fails')
    const keptId = await t.database.db
      .transaction()
      .execute((tx) => enqueueEmail(tx, t.deps, message(kept)))
    await jobInState(t, QUEUES.email, keptId, 'completed')
    const outbox = await listOutbox(t.deps.outboxDir ?? '', 500)
    expect(outbox.filter((mail) => mail.to === kept)).toHaveLength(1)
    expect(outbox.filter((mail) => mail.to === dropped)).toHaveLength(0)
    expect(await t.deps.jobs.boss.findJobs(QUEUES.email, { id: droppedId })).toEqual([])
  })

  it('stores an email sealed: no address, subject or link in the queue’s table', async () => {
    const to = uniqueEmail('sealed')
    const id = await t.database.db
      .transaction()
      .execute((tx) => enqueueEmail(tx, t.deps, message(to)))
    const [job] = await t.deps.jobs.boss.findJobs(QUEUES.email, { id })
    const stored = JSON.stringify(job?.data)
    expect(stored).not.toContain(to)
    expect(stored).not.toContain('reset-password')
    expect(stored).not.toContain('Niramaya')
  })

  it('dead-letters a payload that does not open at once, without retrying it', async () => {
    const id = await t.database.db.transaction().execute((tx) =>
      enqueue(tx, t.deps.jobs, QUEUES.email, {
        payload: { keyId: t.deps.keyring.current.id, sealed: Buffer.alloc(40).toString('base64') },
      }),
    )
    const failed = await jobInState(t, QUEUES.email, id, 'failed')
    expect(failed.retryCount).toBe(0)
    expect(failed.output).toEqual({ name: 'PermanentJobError' })
    const dead = await t.deps.jobs.boss.findJobs(deadLetterQueue(QUEUES.email))
    expect(dead.some((job) => job.sourceId === id)).toBe(true)
  })
})

describe('a mail server that fails', () => {
  let t: TestApp
  const logged = vi.fn()
  const logger = {
    error: logged,
    warn: logged,
    info: () => {},
    debug: () => {},
  } as unknown as Logger
  const failing: EmailProvider = {
    kind: 'smtp',
    send: () =>
      Promise.reject(
        Object.assign(new Error('Recipient <asha@example.in> rejected'), { code: 'EENVELOPE' }),
      ),
    close: async () => {},
  }
  beforeAll(async () => {
    t = await createTestApp({ email: failing, logger })
  })
  afterAll(() => t.close())

  it('is retried later with backoff, logged and stored by error code only', async () => {
    const id = await t.database.db
      .transaction()
      .execute((tx) => enqueueEmail(tx, t.deps, message('asha@example.in')))
    const retrying = await jobInState(t, QUEUES.email, id, 'retry')
    expect(retrying.output).toEqual({ name: 'Error', code: 'EENVELOPE' })
    // Backoff: the next try waits about 10 s (with jitter), not a busy loop.
    expect(retrying.startAfter.getTime() - Date.now()).toBeGreaterThan(3_000)
    expect(logged).toHaveBeenCalled()
    expect(JSON.stringify(logged.mock.calls)).not.toContain('asha')
  })

  it('goes to the dead letters after its last try, and the report shows it', async () => {
    const id = await t.database.db.transaction().execute((tx) =>
      // One try only, so the test need not wait out the backoff.
      enqueue(
        tx,
        t.deps.jobs,
        QUEUES.email,
        {
          payload: sealJobPayload(t.deps.keyring.current, QUEUES.email, message('ravi@example.in')),
        },
        { retryLimit: 0 },
      ),
    )
    await jobInState(t, QUEUES.email, id, 'failed')
    const report = await jobReport(t.deps.jobs.boss)
    const email = report.queues.find((queue) => queue.queue === QUEUES.email)
    expect(email?.dead).toBeGreaterThanOrEqual(1)
    expect(report.problems).toContainEqual(
      expect.objectContaining({ id, queue: 'email', state: 'failed', error: 'Error EENVELOPE' }),
    )
    const printed = describeJobReport(report).join('\n')
    expect(printed).toContain(`failed ${id}`)
    expect(printed).not.toContain('ravi')
  })
})
