import os from 'node:os'

export interface MachineFacts {
  node: string
  cpus: number
  cpuModel: string
  memoryGiB: number
  os: string
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus()
  return {
    node: process.version,
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  }
}
