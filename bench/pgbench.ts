import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface PgbenchTarget {
  host: string
  port: string
  user: string
  database: string
}

export interface PgbenchResult {
  tps: number
  latencyAverageMs: number
}

const connectionArgs = (target: PgbenchTarget) => [
  '-h',
  target.host,
  '-p',
  target.port,
  '-U',
  target.user,
]

/** `pgbench -i`: the built-in TPC-B-like tables, `scale` × 100,000 accounts. */
export async function initialisePgbench(target: PgbenchTarget, scale: number) {
  await run(
    'pgbench',
    ['-i', '-q', '-s', String(scale), ...connectionArgs(target), target.database],
    {
      timeout: 600_000,
    },
  )
}

/**
 * `pgbench -S`: select-only, one `SELECT abalance FROM pgbench_accounts WHERE aid = :aid`
 * per transaction in autocommit, so one round trip, no RLS: what PostgreSQL alone does.
 */
export async function pgbenchSelectOnly(
  target: PgbenchTarget,
  clients: number,
  threads: number,
  seconds: number,
): Promise<PgbenchResult> {
  const args = ['-S', '-c', String(clients), '-j', String(threads), '-T', String(seconds)]
  const { stdout } = await run('pgbench', [...args, ...connectionArgs(target), target.database], {
    timeout: (seconds + 60) * 1000,
  })
  const tps = Number(/^tps = ([\d.]+)/m.exec(stdout)?.[1])
  const latencyAverageMs = Number(/^latency average = ([\d.]+) ms/m.exec(stdout)?.[1])
  if (!Number.isFinite(tps)) throw new Error(`could not read pgbench's output:\n${stdout}`)
  return { tps, latencyAverageMs }
}
