// The background worker for the message queue, as its own process, for the crash test
// (server/modules/messaging/crash.int.test.ts), which kills it with SIGKILL mid-burst and starts
// another. The same pieces as `npm run worker` (server/worker-main.ts): the configuration from
// the environment (DATABASE_URL, MASTER_KEY, WHATSAPP_PROVIDER=meta and META_*), the database,
// the queue and the message handler, with the test's short intervals so that a killed worker's
// jobs come back in seconds instead of minutes: CRASH_JOB_SCHEMA (the test app's private queue
// schema), CRASH_RECONCILE_MS (how long an attempt of unknown outcome waits for its webhook).
import { loadConfig } from '../../server/config.ts'
import { openDatabase } from '../../server/db/open-database.ts'
import { createDependencies } from '../../server/dependencies.ts'
import { openJobQueue } from '../../server/jobs/index.ts'
import { createLogger } from '../../server/lib/logger.ts'
import { messageJobHandler } from '../../server/modules/messaging/index.ts'

const config = loadConfig()
const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent')
const database = await openDatabase(config, logger)
const jobs = await openJobQueue(database.jobs, logger, {
  schema: process.env.CRASH_JOB_SCHEMA,
  instanceName: 'crash-test-worker',
  pollingIntervalSeconds: 0.5,
  superviseSeconds: 1,
})
const deps = createDependencies(config, database.db, logger, { jobs, version: 'crash-test' })
await jobs.work({
  message: messageJobHandler({
    ...deps,
    reconcileAfterMs: Number(process.env.CRASH_RECONCILE_MS ?? 3000),
  }),
})
process.stdout.write('ready\n')
const stop = async () => {
  await jobs.stop()
  await database.close()
  process.exit(0)
}
process.once('SIGTERM', stop)
