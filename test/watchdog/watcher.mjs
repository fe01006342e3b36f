// The watchdog's thread (see setup.ts): kills its test worker process when the worker's main
// thread has not ticked the heartbeat for limitSeconds. Plain JavaScript, so the worker
// thread needs no TypeScript loader.
import { appendFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'

const { heartbeat, limitSeconds, markDirectory } = workerData
let where = { file: '', test: '' }
parentPort.on('message', (message) => {
  where = message
})

let lastBeat = Atomics.load(heartbeat, 0)
let lastChange = performance.now()
setInterval(() => {
  const beat = Atomics.load(heartbeat, 0)
  if (beat !== lastBeat) {
    lastBeat = beat
    lastChange = performance.now()
    return
  }
  if (performance.now() - lastChange < limitSeconds * 1_000) return
  writeSync(
    2,
    `\n!!! watchdog: ${where.file} > ${where.test}: the event loop has been blocked for ${limitSeconds} s (a spinning PGlite); killing this test worker\n`,
  )
  if (markDirectory && where.file) {
    appendFileSync(path.join(markDirectory, 'hung.txt'), `${where.file}\n`)
  }
  process.kill(process.pid, 'SIGKILL')
}, 1_000)
