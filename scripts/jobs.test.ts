import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const script = path.resolve(import.meta.dirname, 'jobs.ts')
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-jobs-script-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** `npm run jobs` as an operator runs it: its own process, configured by the environment. */
async function jobsScript(env: Record<string, string>) {
  const { DATABASE_URL: _url, DATABASE_APP_URL: _app, ...inherited } = process.env
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script], {
      env: { ...inherited, NODE_ENV: 'test', ...env },
      timeout: 60_000,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

describe('npm run jobs', () => {
  it('lists every queue with its counts on a fresh embedded database', async () => {
    const { code, stdout } = await jobsScript({ DATA_DIR: dataDir })
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toMatch(/^queue\s+queued\s+deferred\s+active\s+failed\s+dead$/)
    for (const queue of ['email', 'message', 'retention']) {
      expect(
        lines.some((line) => new RegExp(`^${queue}\\s+0\\s+0\\s+0\\s+0\\s+0$`).test(line)),
      ).toBe(true)
    }
    expect(stdout).toContain('No job is retrying, failed or dead.')
  }, 90_000)

  it('exits 2 with a one-line reason when the database cannot be reached', async () => {
    const { code, stdout, stderr } = await jobsScript({
      DATA_DIR: dataDir,
      DATABASE_URL: 'postgres://nobody:secret-password@127.0.0.1:1/none',
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^jobs failed: /)
    expect(stderr).not.toContain('secret-password')
  }, 90_000)
})
