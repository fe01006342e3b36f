import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningNiramaya, startNiramaya } from './start.ts'

describe('startNiramaya', () => {
  let running: RunningNiramaya
  const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-start-'))

  beforeAll(async () => {
    running = await startNiramaya({
      port: 0,
      dataDir,
      databaseUrl: process.env.DATABASE_URL,
      logLevel: 'silent',
    })
  }, 120_000)
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('migrates, listens and answers over real HTTP', async () => {
    const response = await fetch(`${running.url}/api/v1/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' })
  })

  it('stops gracefully and releases the port', async () => {
    await running.stop()
    await expect(fetch(`${running.url}/api/v1/health`)).rejects.toThrow()
  })
})

describe('npm start with bad configuration', () => {
  it('exits with status 1 and a message naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Invalid configuration')
    expect(result.stderr).toContain('PORT')
  })
})
