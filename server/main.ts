import { ConfigError } from './config.ts'
import { installProcessGuard } from './process-guard.ts'
import { startNiramaya } from './start.ts'

/** `npm start`: run the product until SIGINT or SIGTERM, then shut down gracefully. */
async function main() {
  try {
    const running = await startNiramaya()
    // From here on, a stray error is logged instead of ending the server for every clinic.
    installProcessGuard(running.logger)
    process.stdout.write(`Niramaya is running at ${running.url}\n`)
    const shutdown = (signal: string) => {
      process.stdout.write(`${signal} received: shutting down\n`)
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error)
          process.exit(1)
        },
      )
    }
    process.once('SIGINT', () => shutdown('SIGINT'))
    process.once('SIGTERM', () => shutdown('SIGTERM'))
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
    } else {
      console.error('Niramaya could not start:', error instanceof Error ? error.message : error)
    }
    process.exit(1)
  }
}

void main()
