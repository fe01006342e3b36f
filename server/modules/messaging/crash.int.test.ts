import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeWhatsApp, startFakeWhatsApp } from '../../../test/fake-whatsapp.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { enqueue, QUEUES } from '../../jobs/index.ts'
import { generateMasterKeyBase64, parseMasterKey } from '../../lib/crypto/master-key.ts'
import { createMetaProvider } from '../../lib/whatsapp/meta-provider.ts'
import { metaSignature } from '../../lib/whatsapp/meta-signature.ts'
import { createKeyring } from '../clinic-keys/index.ts'
import {
  APP_SECRET,
  epochSeconds,
  messagesOf,
  messagingClinic,
  metaWebhookBody,
  type Owner,
  patientWith,
  VERIFY_TOKEN,
  WEBHOOK_URL,
} from './messaging-test-helpers.ts'

/**
 * Exactly once across a crash (issue #14, ADR 0025): a worker process sending a burst of 100
 * reminders through a fake Meta over HTTP is killed with SIGKILL in the middle (some attempts
 * committed and not sent, some sent and not recorded, some jobs taken and not started), another
 * worker process starts, and the fake must have received every reminder exactly once. The fake
 * posts each accepted message's signed status webhook to the app, as Meta does, which is how an
 * attempt of unknown outcome is settled instead of sent again.
 *
 * PostgreSQL only: embedded PGlite belongs to one process, so there the worker is never a process
 * of its own (ARCHITECTURE: `npm start` runs it in-process).
 */
const BURST = 100
const onPostgres = Boolean(process.env.DATABASE_URL)
const masterKey = generateMasterKeyBase64()
const workerScript = path.resolve(import.meta.dirname, '../../../test/crash/message-worker.ts')

let t: TestApp
let meta: FakeWhatsApp
let owner: Owner
const webhooks: Promise<unknown>[] = []
const workers = new Set<ChildProcess>()

beforeAll(async () => {
  if (!onPostgres) return
  meta = await startFakeWhatsApp('meta', {
    // Slow enough that the kill finds requests in flight.
    delayMs: 20,
    onAccepted: (body, providerMessageId) => {
      const callbackData = (body as { biz_opaque_callback_data?: string }).biz_opaque_callback_data
      const status = metaWebhookBody({
        statuses: [
          {
            id: providerMessageId,
            status: 'sent',
            timestamp: epochSeconds(new Date()),
            biz_opaque_callback_data: callbackData,
          },
        ],
      })
      webhooks.push(
        Promise.resolve(
          t.app.request(WEBHOOK_URL, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-hub-signature-256': metaSignature(status, APP_SECRET),
            },
            body: status,
          }),
        ),
      )
    },
  })
  t = await createTestApp(
    {
      keyring: createKeyring(parseMasterKey(masterKey)),
      whatsapp: createMetaProvider(
        { phoneNumberId: '1234567890', accessToken: 'test-access-token-0123456789' },
        { graphUrl: meta.url },
      ),
      metaWebhook: { appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN },
    },
    // Messages are the worker processes' alone.
    { work: ['email'] },
  )
  // A killed worker's jobs come back after their expiry; seconds here, two minutes in production.
  await t.deps.jobs.boss.updateQueue(QUEUES.message, {
    expireInSeconds: 3,
    retryLimit: 30,
    retryDelay: 1,
    retryBackoff: false,
  })
  owner = await messagingClinic(t)
  const settings = await owner.client.put('/api/v1/messaging/settings', {
    mode: 'whatsapp',
    sendConfirmations: false,
    reminderMinutes: [],
    quietHours: { start: '00:00', end: '00:00' },
  })
  expect(settings.status).toBe(200)
}, 120_000)

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL')
  await Promise.allSettled(webhooks)
  await t?.close()
  await meta?.close()
})

/** Starts a worker process and waits until it works the queue. */
async function startWorker(): Promise<ChildProcess> {
  const worker = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      MASTER_KEY: masterKey,
      WHATSAPP_PROVIDER: 'meta',
      META_GRAPH_URL: meta.url,
      META_PHONE_NUMBER_ID: '1234567890',
      META_ACCESS_TOKEN: 'test-access-token-0123456789',
      META_APP_SECRET: APP_SECRET,
      META_VERIFY_TOKEN: VERIFY_TOKEN,
      CRASH_JOB_SCHEMA: t.jobSchema,
      CRASH_RECONCILE_MS: '3000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  workers.add(worker)
  let errors = ''
  worker.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  await new Promise<void>((resolve, reject) => {
    worker.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve()
    })
    worker.once('exit', (code) => reject(new Error(`worker exited (${code}): ${errors}`)))
  })
  return worker
}

function exited(worker: ChildProcess): Promise<void> {
  return worker.exitCode !== null || worker.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => worker.once('exit', () => resolve()))
}

/** 100 consenting patients, each with a booking and its reminder due now, queued with its job. */
async function queueBurst(): Promise<string[]> {
  const appointments: { id: string; patientId: string }[] = []
  const firstStart = Date.now() + 3 * 3600_000
  for (let index = 0; index < BURST; index += 1) {
    const patientId = await patientWith(owner.client, {
      whatsapp: true,
      phone: `7${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`,
    })
    const booked = await owner.client.post('/api/v1/appointments', {
      patientId,
      doctorUserId: owner.userId,
      startsAt: new Date(firstStart + index * 30 * 60_000).toISOString(),
      durationMinutes: 30,
      allowOutsideHours: true,
    })
    expect(booked.status).toBe(201)
    appointments.push({ id: ((await booked.json()) as { id: string }).id, patientId })
  }
  return withClinic(
    t.database.db,
    { clinicId: owner.clinicId, userId: owner.userId },
    async (tx) => {
      const ids: string[] = []
      for (const appointment of appointments) {
        const row = await tx
          .insertInto('messages')
          .values({
            clinic_id: owner.clinicId,
            patient_id: appointment.patientId,
            appointment_id: appointment.id,
            kind: 'appointment_reminder',
            channel: 'whatsapp',
            idempotency_key: `crash-test:${appointment.id}`,
            due_at: new Date(),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await enqueue(tx, t.deps.jobs, QUEUES.message, {
          clinicId: owner.clinicId,
          messageId: row.id,
        })
        ids.push(row.id)
      }
      return ids
    },
  )
}

describe.skipIf(!onPostgres)('a worker killed with SIGKILL in the middle of a burst', () => {
  it('loses no reminder and sends none twice after a restart', async () => {
    const ids = await queueBurst()
    const first = await startWorker()
    await expect
      .poll(() => meta.received.length, { timeout: 60_000, interval: 50 })
      .toBeGreaterThanOrEqual(30)
    first.kill('SIGKILL')
    await exited(first)
    const atKill = meta.received.length
    expect(atKill).toBeLessThan(BURST)

    const second = await startWorker()
    const settled = async () =>
      (await messagesOf(t, owner.clinicId)).filter(
        (row) => ids.includes(row.id) && ['sent', 'delivered', 'read'].includes(row.status),
      ).length
    await expect.poll(settled, { timeout: 90_000, interval: 250 }).toBe(BURST)
    second.kill('SIGTERM')
    await exited(second)
    await Promise.allSettled(webhooks)

    // Each reminder reached the provider exactly once, by its callback data.
    const perMessage = new Map<string, number>()
    for (const request of meta.received) {
      const callback = (request.body as { biz_opaque_callback_data?: string })
        .biz_opaque_callback_data
      const id = callback?.split(':')[2] ?? ''
      perMessage.set(id, (perMessage.get(id) ?? 0) + 1)
    }
    expect(ids.filter((id) => perMessage.get(id) !== 1)).toEqual([])
    expect(meta.received).toHaveLength(BURST)
  }, 240_000)
})
