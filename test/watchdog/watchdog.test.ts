import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const marks = mkdtempSync(path.join(tmpdir(), 'niramaya-watchdog-'))
afterAll(() => rmSync(marks, { recursive: true, force: true }))

/**
 * Runs the watcher thread in a child process the way setup.ts does, then has the child's main
 * thread do `work` (plain JavaScript); resolves with how the child ended and what it printed.
 */
function child(work: string) {
  const script = `
    import { Worker } from 'node:worker_threads'
    const heartbeat = new Int32Array(new SharedArrayBuffer(4))
    const watcher = new Worker(${JSON.stringify(path.join(import.meta.dirname, 'watcher.mjs'))}, {
      workerData: { heartbeat, limitSeconds: 2, markDirectory: ${JSON.stringify(marks)} },
    })
    watcher.unref()
    setInterval(() => Atomics.add(heartbeat, 0, 1), 200).unref()
    watcher.postMessage({ file: 'server/some.int.test.ts', test: 'spins' })
    setTimeout(() => { ${work} }, 300)
  `
  return new Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }>(
    (resolve) => {
      const file = path.join(marks, `child-${Math.random().toString(36).slice(2)}.mjs`)
      writeFileSync(file, script)
      const process = spawn('node', [file])
      let stderr = ''
      process.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
      })
      // A watchdog that never fires fails the test (SIGTERM) instead of leaving a spinning child.
      const stop = setTimeout(() => process.kill('SIGTERM'), 15_000)
      process.on('exit', (code, signal) => {
        clearTimeout(stop)
        resolve({ code, signal, stderr })
      })
    },
  )
}

describe('the test watchdog', () => {
  it('kills a process whose event loop is blocked, naming the file and test', async () => {
    const ended = await child('while (true) {}')
    expect(ended.signal).toBe('SIGKILL')
    expect(ended.stderr).toContain('!!! watchdog: server/some.int.test.ts > spins')
    expect(readFileSync(path.join(marks, 'hung.txt'), 'utf8')).toBe('server/some.int.test.ts\n')
  })

  it('leaves a process alone that is busy but keeps returning to its event loop', async () => {
    // Three seconds of work in slices shorter than the limit, then a normal exit.
    const ended = await child(`
      const until = Date.now() + 3000
      const slice = () => {
        const end = Math.min(Date.now() + 500, until)
        while (Date.now() < end) {}
        if (Date.now() < until) setImmediate(slice)
        else process.exit(0)
      }
      slice()`)
    expect(ended).toMatchObject({ code: 0, signal: null })
  })
})
