import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { seedClinics } from './seed-clinics.ts'
import { type LatencySummary, summarize } from './stats.ts'

export interface TenantReadOptions {
  dataDir: string
  databaseUrl: string | undefined
  seconds: number
  warmupSeconds: number
  concurrency: number
  clinics: number
  branchesPerClinic: number
}

export interface TenantReadResult extends LatencySummary {
  transactionsPerSecond: number
  serverVersion: string
  poolSize: number | undefined
  seedSeconds: number
}

/**
 * withClinic(db, { clinicId }, tx => tx.selectFrom('branches').selectAll().execute())
 * for random seeded clinics, from `concurrency` callers at once. One call is
 * BEGIN, set_config, SELECT, COMMIT: four round trips on one connection.
 */
export async function benchTenantRead(options: TenantReadOptions): Promise<TenantReadResult> {
  const config = {
    ...loadConfig(),
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
  }
  const database = await openDatabase(config)
  try {
    const { rows } = await sql<{
      version: string
    }>`SELECT current_setting('server_version') AS version`.execute(database.db)
    const seedStart = performance.now()
    const clinicIds = await seedClinics(
      database.db,
      options.clinics,
      options.branchesPerClinic,
      options.concurrency,
    )
    const seedSeconds = (performance.now() - seedStart) / 1000

    const readOnce = async () => {
      const clinicId = clinicIds[Math.floor(Math.random() * clinicIds.length)] as string
      const branches = await withClinic(database.db, { clinicId }, (tx) =>
        tx.selectFrom('branches').selectAll().execute(),
      )
      // Every row must be this clinic's: RLS did the filtering, nothing else did.
      if (
        branches.length !== options.branchesPerClinic ||
        branches.some((branch) => branch.clinic_id !== clinicId)
      ) {
        throw new Error(`clinic ${clinicId} saw ${branches.length} branches`)
      }
    }

    if (options.warmupSeconds > 0) await drive(readOnce, options.concurrency, options.warmupSeconds)
    const { latenciesMs, elapsedSeconds } = await drive(
      readOnce,
      options.concurrency,
      options.seconds,
    )
    return {
      ...summarize(latenciesMs),
      transactionsPerSecond: latenciesMs.length / elapsedSeconds,
      serverVersion: rows[0]?.version ?? 'unknown',
      poolSize: database.kind === 'postgres' ? config.databasePoolSize : undefined,
      seedSeconds,
    }
  } finally {
    await database.close()
  }
}

/** Runs `work` back to back from `concurrency` callers until `seconds` have passed. */
async function drive(work: () => Promise<void>, concurrency: number, seconds: number) {
  const latenciesMs: number[] = []
  const start = performance.now()
  const deadline = start + seconds * 1000
  let failed = false
  const caller = async () => {
    while (!failed && performance.now() < deadline) {
      const begin = performance.now()
      try {
        await work()
      } catch (error) {
        failed = true
        throw error
      }
      latenciesMs.push(performance.now() - begin)
    }
  }
  // Let every caller finish before reporting a failure, so none outlives the database.
  const outcomes = await Promise.allSettled(Array.from({ length: concurrency }, caller))
  const failure = outcomes.find((outcome) => outcome.status === 'rejected')
  if (failure) throw failure.reason
  return { latenciesMs, elapsedSeconds: (performance.now() - start) / 1000 }
}
