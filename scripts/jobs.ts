import { ConfigError, loadConfig } from '../server/config.ts'
import { type DatabaseHandle, openDatabase } from '../server/db/open-database.ts'
import { type JobQueue, openJobQueue } from '../server/jobs/index.ts'
import { describeJobReport, jobReport } from '../server/jobs/job-report.ts'
import { createLogger } from '../server/lib/logger.ts'

/**
 * `npm run jobs`: what the background queue holds: per queue the jobs waiting, deferred, running,
 * failed and dead, then the newest retrying, failed and dead jobs with their error codes. Runs
 * as the app role. On embedded PGlite only one process may open the data folder: stop
 * `npm start` first. Exit 0, or 2 when the database cannot be reached.
 */
let database: DatabaseHandle | undefined
let queue: JobQueue | undefined
try {
  const config = loadConfig()
  const logger = createLogger('error')
  database = await openDatabase(config, logger)
  queue = await openJobQueue(database.jobs, logger, { readOnly: true })
  for (const line of describeJobReport(await jobReport(queue.boss))) console.log(line)
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `jobs failed: ${(error as Error).message}`,
  )
  process.exitCode = 2
} finally {
  await queue?.stop()
  await database?.close()
}
