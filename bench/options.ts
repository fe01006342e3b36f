/** Benchmark knobs, read from the environment once (bench/ is not the server: config.ts does not apply). */
export interface BenchOptions {
  /** Measured duration of each benchmark, in seconds. */
  seconds: number
  /** Unmeasured warm-up before each benchmark, in seconds. */
  warmupSeconds: number
  /** autocannon connections against the health endpoint. */
  connections: number
  /** autocannon worker threads (0: load generator shares the server's event loop). */
  workers: number
  /** Concurrent withClinic callers in the tenant read. */
  concurrency: number
  clinics: number
  branchesPerClinic: number
  databaseUrl: string | undefined
}

export function readOptions(env: Record<string, string | undefined> = process.env): BenchOptions {
  const databaseUrl = env.DATABASE_URL || undefined
  return {
    seconds: number(env, 'BENCH_SECONDS', 10, 1),
    warmupSeconds: number(env, 'BENCH_WARMUP_SECONDS', 2, 0),
    connections: integer(env, 'BENCH_CONNECTIONS', 50, 1),
    workers: integer(env, 'BENCH_WORKERS', 1, 0),
    // PGlite is one connection: more callers would only queue behind each other.
    concurrency: integer(env, 'BENCH_CONCURRENCY', databaseUrl ? 10 : 1, 1),
    clinics: integer(env, 'BENCH_CLINICS', 200, 1),
    branchesPerClinic: integer(env, 'BENCH_BRANCHES', 5, 1),
    databaseUrl,
  }
}

function number(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number >= ${min}`)
  return value
}

function integer(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
) {
  const value = number(env, name, fallback, min)
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number`)
  return value
}

/** host:port/database of a connection URL, without credentials, for printing. */
export function describeDatabase(databaseUrl: string | undefined): string {
  if (!databaseUrl) return 'PGlite (embedded, in-process, one connection)'
  const url = new URL(databaseUrl)
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`
}
