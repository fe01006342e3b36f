import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// .ci/hung-files.mjs decides whether a CI suite run failed only because the watchdog killed
// workers, and merges the rerun's results; a mistake there would hide a real failure.
const dir = mkdtempSync(path.join(tmpdir(), 'niramaya-hung-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const script = path.resolve('.ci/hung-files.mjs')
const file = (name: string, content: unknown) => {
  const full = path.join(dir, name)
  writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content))
  return full
}
const result = (name: string, status: string, tests: string[]) => ({
  name: path.resolve(name),
  status,
  assertionResults: tests.map((test) => ({ fullName: test, status: test.split(':')[0] })),
})
const report = (results: ReturnType<typeof result>[]) => ({
  numPassedTests: 0,
  numFailedTests: 0,
  success: false,
  testResults: results,
})
// The runner's summary as it prints it into a file: coloured.
const summary = (errors: number, killed: number) =>
  `${'Caused by: Error: Worker exited unexpectedly\n'.repeat(killed)}` +
  `\u001b[2m     Errors \u001b[22m \u001b[1m\u001b[31m${errors} error${errors === 1 ? '' : 's'}\u001b[39m\u001b[22m\n`
const run = (...args: string[]) => spawnSync('node', [script, ...args], { encoding: 'utf8' })

describe('CI: rerunning only the files the watchdog killed', () => {
  const hung = file('hung.txt', 'server/a.int.test.ts\n')
  const killedOnly = report([
    result('server/a.int.test.ts', 'passed', ['pending:one']),
    result('server/b.int.test.ts', 'passed', ['passed:two']),
  ])

  it('accepts a run whose only problem was the killed worker', () => {
    const status = run(
      'only-hangs',
      file('r1.json', killedOnly),
      hung,
      file('o1.log', summary(1, 1)),
    )
    expect(status.status).toBe(0)
  })

  it('refuses when another file failed, or an error was not a killed worker', () => {
    const withFailure = report([
      ...killedOnly.testResults,
      result('server/c.int.test.ts', 'failed', ['failed:three']),
    ])
    const failed = run(
      'only-hangs',
      file('r2.json', withFailure),
      hung,
      file('o2.log', summary(1, 1)),
    )
    expect(failed.status).toBe(1)
    expect(failed.stdout).toContain('failed too: server/c.int.test.ts')
    const stray = run(
      'only-hangs',
      file('r3.json', killedOnly),
      hung,
      file('o3.log', summary(2, 1)),
    )
    expect(stray.status).toBe(1)
  })

  it('replaces the killed file’s results with the rerun’s and counts again', () => {
    const first = file('r4.json', killedOnly)
    const rerun = file(
      'rerun.json',
      report([result('server/a.int.test.ts', 'passed', ['passed:one'])]),
    )
    expect(run('merge', first, rerun, hung).status).toBe(0)
    const merged = JSON.parse(readFileSync(first, 'utf8'))
    expect(merged.numPassedTests).toBe(2)
    expect(merged.numFailedTests).toBe(0)
    expect(merged.testResults.map((r: { name: string }) => path.basename(r.name)).sort()).toEqual([
      'a.int.test.ts',
      'b.int.test.ts',
    ])
  })
})
