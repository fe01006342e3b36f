import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { buildApp } from './app.ts'
import { type Config, loadConfig } from './config.ts'
import { openDatabase } from './db/open-database.ts'
import { createDependencies } from './dependencies.ts'
import { lastResort } from './http/last-resort.ts'
import { jobHandlers } from './job-handlers.ts'
import { openJobQueue } from './jobs/index.ts'
import { createLogger, type Logger } from './lib/logger.ts'
import { startWorker } from './worker.ts'

export interface StartOptions {
  port?: number
  host?: string
  dataDir?: string
  databaseUrl?: string
  logLevel?: string
  /** The built web app to serve; dist/web unless a test serves another build (dist/web-test). */
  webRoot?: string
}

export interface RunningNiramaya {
  url: string
  /** The server's logger, for the entry point's process guard. */
  logger: Logger
  stop(): Promise<void>
}

const defaultWebRoot = fileURLToPath(new URL('../dist/web', import.meta.url))
const SHUTDOWN_GRACE_MS = 10_000

/**
 * Starts the whole product in this process: migrates the database, then serves
 * the API and the web app and runs the background worker. Options override the environment (used by tests).
 */
export async function startNiramaya(options: StartOptions = {}): Promise<RunningNiramaya> {
  const config = withOverrides(loadConfig(), options)
  const logger = createLogger(config.logLevel)
  const database = await openDatabase(config, logger)
  if (database.migrations.applied.length > 0) {
    logger.info({ migrations: database.migrations.applied }, 'database migrated')
  }
  const jobs = await openJobQueue(database.jobs, logger, {
    instanceName: 'server',
    schedules: true,
  }).catch(async (error: unknown) => {
    await database.close()
    throw error
  })
  const deps = createDependencies(config, database.db, logger, {
    webRoot: options.webRoot ?? defaultWebRoot,
    jobs,
  })
  const app = buildApp(deps)
  const worker = startWorker(database.db, logger, undefined, deps.clock)
  // Document links name the app's own address when PUBLIC_URL is not set (the local outbox).
  await jobs.work(
    jobHandlers({ ...deps, publicUrl: deps.publicUrl ?? `http://localhost:${config.port}` }),
  )
  const server = serve({
    fetch: lastResort(app.fetch, logger),
    port: config.port,
    hostname: config.host,
  })
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  // After listening, a server 'error' (e.g. out of file descriptors on accept) is not fatal:
  // without a listener Node would throw it and end the process.
  server.on('error', (error: NodeJS.ErrnoException) =>
    logger.error({ err: { name: error.name, code: error.code } }, 'http server error'),
  )
  const { port } = server.address() as AddressInfo
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`

  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= (async () => {
      // Stop accepting connections, let in-flight requests finish, then close the database.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections()
          resolve()
        }, SHUTDOWN_GRACE_MS)
        timer.unref()
        server.close(() => {
          clearTimeout(timer)
          resolve()
        })
        if ('closeIdleConnections' in server) server.closeIdleConnections()
      })
      await worker.stop()
      await jobs.stop()
      await deps.email.close()
      await database.close()
    })()
    return stopping
  }
  return { url, logger, stop }
}

function withOverrides(config: Config, options: StartOptions): Config {
  return {
    ...config,
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    // Document files live under the data folder too, unless they go to S3.
    ...(options.dataDir !== undefined && config.storage.driver === 'local'
      ? { storage: { driver: 'local' as const, root: path.join(options.dataDir, 'files') } }
      : {}),
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.logLevel !== undefined ? { logLevel: options.logLevel as Config['logLevel'] } : {}),
  }
}
