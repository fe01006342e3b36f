import { readFileSync } from 'node:fs'

/**
 * CPU time spent while a benchmark runs, so that runs can be compared by the work each request
 * costs rather than by throughput alone: on a shared 2-CPU machine throughput moves by a third
 * from one minute to the next with whatever else the host runs, while CPU milliseconds per
 * request stay within a few per cent.
 * - `machineMs`: every CPU's busy time from /proc/stat (user, nice, system, irq, softirq), that is
 *   the server, PostgreSQL's backends, the load generator and the kernel's loopback TCP together;
 * - `processMs`: this Node process alone (its main thread and its worker threads).
 * On a system without /proc/stat (not Linux) `machineMs` is NaN.
 */
export interface CpuTime {
  machineMs: number
  processMs: number
}

export function cpuTimeNow(): CpuTime {
  const usage = process.cpuUsage()
  return { machineMs: machineBusyMs(), processMs: (usage.user + usage.system) / 1000 }
}

export function cpuTimeSince(start: CpuTime): CpuTime {
  const now = cpuTimeNow()
  return { machineMs: now.machineMs - start.machineMs, processMs: now.processMs - start.processMs }
}

function machineBusyMs(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
    // cpu  user nice system idle iowait irq softirq steal ... (in USER_HZ, 100 per second)
    const [user, nice, system, , , irq, softirq] = line.trim().split(/\s+/).slice(1).map(Number)
    const ticks = [user, nice, system, irq, softirq].reduce<number>((sum, n) => sum + (n ?? 0), 0)
    return ticks * 10
  } catch {
    return Number.NaN
  }
}
