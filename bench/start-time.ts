import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `npm run bench:start`: seconds from `npm start` to the first successful HTTP
 * response (GET / answered 200 with the app page, so the web app is built and
 * the server listens). One untimed run first migrates a fresh PGlite data
 * directory, so the timed runs (BENCH_RUNS, default 3) measure a restart, which
 * is what a developer waits for. BENCH_START_COMMAND replaces `npm start` (to
 * compare scripts). Loopback only; every server is stopped and the temporary
 * data directory removed.
 */
const runs = Number(process.env.BENCH_RUNS ?? 3)
const command = process.env.BENCH_START_COMMAND ?? 'npm start'
const timeoutMs = 120_000
const root = fileURLToPath(new URL('..', import.meta.url))
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-start-'))
let running: ChildProcess | undefined

const stopRunning = () => {
  // The child leads its own process group (npm → sh → node): signal all of it.
  if (running?.pid !== undefined) signalGroup(running.pid, 'SIGTERM')
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopRunning()
    rmSync(dataDir, { recursive: true, force: true })
    process.exit(130)
  })
}

try {
  console.log(
    `Start time — node ${process.version}, ${os.cpus().length} CPUs, PGlite, \`${command}\` until GET / answers 200`,
  )
  await timeStart()
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const { seconds, rebuilt } = await timeStart()
    times.push(seconds)
    console.log(`run ${i + 1}: ${seconds.toFixed(2)} s${rebuilt ? ' (rebuilt the web app)' : ''}`)
  }
  const sorted = [...times].sort((a, b) => a - b)
  console.log(
    `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} s, best ${sorted[0]?.toFixed(2)} s, worst ${sorted.at(-1)?.toFixed(2)} s`,
  )
} finally {
  stopRunning()
  rmSync(dataDir, { recursive: true, force: true })
}

/**
 * Starts the command, polls GET / until it answers 200, stops it; returns the
 * seconds taken and whether the web app was rebuilt (sources changed meanwhile).
 */
async function timeStart(): Promise<{ seconds: number; rebuilt: boolean }> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(command, {
    cwd: root,
    shell: true,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
  })
  running = child
  let output = ''
  let errors = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`\`${command}\` exited early:\n${errors}`)
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`)
        await response.arrayBuffer()
        if (response.status === 200) {
          return { seconds: (performance.now() - started) / 1000, rebuilt: isRebuild(output) }
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error(`\`${command}\` did not answer within ${timeoutMs / 1000} s`)
  } finally {
    stopRunning()
    await groupGone(child.pid)
    running = undefined
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false // No process left in the group.
  }
}

/**
 * Waits until every process of the run has exited (the server closes its
 * PGlite data directory, which the next run opens), killing stragglers after 15 s.
 */
async function groupGone(pid: number | undefined) {
  if (pid === undefined) return
  const deadline = performance.now() + 15_000
  while (signalGroup(pid, 0)) {
    if (performance.now() > deadline) signalGroup(pid, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

// scripts/build-web.ts prints "web app built in …" when it had to build.
function isRebuild(output: string) {
  return /built in/.test(output)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
