import { buildApp } from '../server/app.ts'
import { createLogger } from '../server/lib/logger.ts'
import { openTestDatabase, type TestDatabase } from './test-database.ts'

export interface TestApp {
  app: ReturnType<typeof buildApp>
  database: TestDatabase
  close(): Promise<void>
}

/** The whole HTTP application over the test database; requests go through `app.request()`. */
export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase()
  const app = buildApp({ db: database.db, logger: createLogger('silent'), version: 'test' })
  return { app, database, close: () => database.close() }
}

export async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>
}
