import { ConfigError, loadConfig } from './config.ts'
import { openDatabase } from './db/open-database.ts'
import { jobHandlers } from './job-handlers.ts'
import { openJobQueue } from './jobs/index.ts'
import { createEmailProvider } from './lib/email/create-email-provider.ts'
import { createLogger } from './lib/logger.ts'
import { createSmsOutboxProvider, smsOutboxDir } from './lib/sms/outbox-sms-provider.ts'
import { createWhatsAppProvider } from './lib/whatsapp/create-whatsapp-provider.ts'
import { keyringFromConfig } from './modules/clinic-keys/index.ts'
import { installProcessGuard } from './process-guard.ts'
import { startWorker } from './worker.ts'

/**
 * `npm run worker`: the background worker on its own, for deployments that run
 * stateless API servers on PostgreSQL. (`npm start` already runs one in-process;
 * embedded PGlite allows only one process, so there the worker is always in-process.)
 */
try {
  const config = loadConfig()
  if (!config.databaseUrl) {
    console.error(
      'npm run worker needs DATABASE_URL; with embedded PGlite, npm start runs the worker.',
    )
    process.exit(2)
  }
  const logger = createLogger(config.logLevel)
  const database = await openDatabase(config, logger)
  // A lost connection or other stray error is logged; the worker's next round tries again.
  installProcessGuard(logger)
  const worker = startWorker(database.db, logger)
  const jobs = await openJobQueue(database.jobs, logger, {
    instanceName: 'worker',
    schedules: true,
  })
  const email = createEmailProvider(config)
  await jobs.work(
    jobHandlers({
      db: database.db,
      email,
      jobs,
      keyring: keyringFromConfig(config, logger),
      whatsapp: createWhatsAppProvider(config),
      whatsappEndpoints: config.whatsappEndpoints,
      publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      sms: createSmsOutboxProvider({ dir: smsOutboxDir(config.dataDir) }),
      clock: () => new Date(),
    }),
  )
  logger.info('worker started')
  const stop = async () => {
    await worker.stop()
    await jobs.stop()
    await email.close()
    await database.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message)
  process.exit(1)
}
