import { execFileSync } from 'node:child_process'
import os from 'node:os'

export interface MachineFacts {
  node: string
  cpus: number
  cpuModel: string
  memoryGiB: number
  os: string
  /** 1-minute load average when the run started: anything else busy skews the numbers. */
  loadAverage: number
  revision: string
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus()
  return {
    node: process.version,
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0] ?? Number.NaN,
    revision: gitRevision(),
  }
}

function gitRevision(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'unknown (not a git checkout)'
  }
}
