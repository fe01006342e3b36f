import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// `npm start` in a child process, so a stray error can really end it (in this process the test
// runner would catch it first). The fixture makes the errors when it gets SIGUSR2.

describe('npm start survives stray errors outside requests', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-guard-'))
  let child: ChildProcess
  let output = ''
  let url = ''

  const waitForOutput = async (pattern: RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs
    while (!pattern.test(output)) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`)
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  beforeAll(async () => {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', './server/process-guard.fixture.ts', 'server/main.ts'],
      {
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          DATABASE_URL: process.env.DATABASE_URL ?? '',
          LOG_LEVEL: 'warn',
          NODE_ENV: 'test',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout?.on('data', (chunk) => {
      output += String(chunk)
    })
    child.stderr?.on('data', (chunk) => {
      output += String(chunk)
    })
    await waitForOutput(/Niramaya is running at (\S+)/, 110_000)
    url = /Niramaya is running at (\S+)/.exec(output)?.[1] ?? ''
  }, 120_000)

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('logs a thrown error, a rejected promise and an unheard error event, and keeps serving', async () => {
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200)
    child.kill('SIGUSR2')
    await waitForOutput(/("process: [^"]*"[\s\S]*){3}/, 10_000)

    expect(child.exitCode).toBeNull()
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200)
    const lines = output.split('\n').filter((line) => line.includes('"process: '))
    expect(lines.length).toBe(3)
    // Class and code are logged; the messages (with their personal data) are not.
    expect(lines.join('\n')).toContain('"code":"ESTRAY"')
    expect(lines.join('\n')).toContain('TypeError')
    expect(output).not.toMatch(/Meera|9876501234/)
  })

  it('still shuts down gracefully on SIGTERM', async () => {
    const exited =
      child.exitCode !== null
        ? Promise.resolve(child.exitCode)
        : new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 30_000)
})
