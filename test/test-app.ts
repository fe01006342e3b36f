import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Kysely } from 'kysely'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import type { Database } from '../server/db/schema.ts'
import { createDependencies } from '../server/dependencies.ts'
import type { AppDependencies } from '../server/http/app-env.ts'
import { jobHandlers } from '../server/job-handlers.ts'
import { type JobQueue, openJobQueue } from '../server/jobs/index.ts'
import { createLogger } from '../server/lib/logger.ts'
import { openTestDatabase, type TestDatabase } from './test-database.ts'

/** A clock tests can move: `clock.advance(31 * 60_000)` instead of sleeping. */
export interface TestClock {
  (): Date
  set(date: Date): void
  advance(milliseconds: number): void
}

export function createTestClock(start = new Date()): TestClock {
  let now = start.getTime()
  const clock = (() => new Date(now)) as TestClock
  clock.set = (date) => {
    now = date.getTime()
  }
  clock.advance = (milliseconds) => {
    now += milliseconds
  }
  return clock
}

/** Dependencies for tests: silent logs (TEST_LOG_LEVEL=error shows a 500's cause), an outbox in a
 * temporary folder, a movable clock. */
export function testDependencies(
  db: Kysely<Database>,
  overrides: Partial<AppDependencies> = {},
): AppDependencies {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-test-'))
  // Providers' addresses point at a closed local port: a test that forgets its fake server is
  // refused at once, and nothing ever reaches the internet.
  const closed = 'http://127.0.0.1:9'
  const env = {
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    META_GRAPH_URL: closed,
    INTERAKT_API_URL: closed,
  }
  const config = { ...loadConfig(env), dataDir }
  const deps = createDependencies(config, db, testLogger(), {
    version: 'test',
    jobs: noJobQueue,
    ...overrides,
  })
  dataDirs.set(deps, dataDir)
  return deps
}

/** Each app's data folder (outboxes, local files), removed when createTestApp's app closes. */
const dataDirs = new WeakMap<AppDependencies, string>()

const testLogger = () => createLogger(process.env.TEST_LOG_LEVEL ?? 'silent')

/** For apps built without createTestApp (no queue opened): any enqueue fails the test loudly. */
const noJobQueue: JobQueue = {
  get boss(): never {
    throw new Error('this test app has no job queue: build it with createTestApp()')
  },
  work: async () => {
    throw new Error('this test app has no job queue: build it with createTestApp()')
  },
  stop: async () => {},
}

export interface TestApp {
  app: ReturnType<typeof buildApp>
  database: TestDatabase
  deps: AppDependencies
  clock: TestClock
  /** The pg-boss schema this app's queue uses (on PostgreSQL, its own). */
  jobSchema: string
  close(): Promise<void>
}

export interface TestAppOptions {
  /** The queues this process works; both by default. The crash test leaves messages to a worker
   * process of its own. */
  work?: readonly ('email' | 'message')[]
}

/** The whole HTTP application over the test database; requests go through `app.request()`. */
export async function createTestApp(
  overrides: Partial<AppDependencies> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await openTestDatabase()
  const clock = createTestClock()
  const { deps, schema, close } = await dependenciesWithJobQueue(
    database,
    { clock, ...overrides },
    options,
  )
  const app = buildApp(deps)
  return {
    app,
    database,
    deps,
    clock,
    jobSchema: schema,
    close: async () => {
      await close()
      await database.close()
    },
  }
}

/**
 * Test dependencies with the real job queue and its worker running, for the queues requests
 * fill (emails, messages; retention is called directly by its test). A job wakes the worker at
 * commit (NOTIFY), so polling is only the safety net, except through PgBouncer
 * (DATABASE_APP_URL in CI), where LISTEN hears nothing and the worker polls every half second:
 * tests read emails from the outbox moments after the change. Polling costs a query each time
 * (on PGlite, under the one connection's lock), so it is not done more than needed. `close`
 * stops the worker, the email provider and, on PostgreSQL, drops the queue's private schema.
 */
export async function dependenciesWithJobQueue(
  database: TestDatabase,
  overrides: Partial<AppDependencies> = {},
  options: TestAppOptions = {},
): Promise<{ deps: AppDependencies; schema: string; close(): Promise<void> }> {
  const queueSchema = await database.jobQueueSchema()
  const jobs = await openJobQueue(queueSchema.connection, overrides.logger ?? testLogger(), {
    schema: queueSchema.schema,
    pollingIntervalSeconds: process.env.DATABASE_APP_URL ? 0.5 : 5,
  })
  const deps = testDependencies(database.db, { jobs, ...overrides })
  const handlers = jobHandlers(deps)
  const work = options.work ?? ['email', 'message']
  await jobs.work(Object.fromEntries(work.map((queue) => [queue, handlers[queue]])))
  return {
    deps,
    schema: queueSchema.schema,
    close: async () => {
      await jobs.stop()
      await deps.email.close()
      await queueSchema.drop()
      const dataDir = dataDirs.get(deps)
      if (dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>
}
