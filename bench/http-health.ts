import autocannon from 'autocannon'
import { startNiramaya } from '../server/start.ts'

export interface HealthResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  non2xx: number
  errors: number
}

export interface HealthOptions {
  dataDir: string
  databaseUrl: string | undefined
  seconds: number
  warmupSeconds: number
  connections: number
  workers: number
}

/**
 * GET /api/v1/health (one `SELECT 1` on the app-role connection per request),
 * served in this process on loopback and loaded by autocannon.
 */
export async function benchHealth(options: HealthOptions): Promise<HealthResult> {
  const server = await startNiramaya({
    port: 0,
    host: '127.0.0.1',
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    logLevel: 'silent',
  })
  try {
    const url = `${server.url}/api/v1/health`
    const probe = await fetch(url)
    if (probe.status !== 200) throw new Error(`health answered ${probe.status} before the run`)
    if (options.warmupSeconds > 0) await load(url, options, options.warmupSeconds)
    const result = await load(url, options, options.seconds)
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
    }
  } finally {
    await server.stop()
  }
}

function load(url: string, options: HealthOptions, seconds: number) {
  return autocannon({
    url,
    connections: options.connections,
    duration: seconds,
    // A worker thread keeps the load generator off the server's event loop.
    ...(options.workers > 0 ? { workers: options.workers } : {}),
  })
}
