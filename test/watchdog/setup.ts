import inspector from 'node:inspector'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { beforeEach, expect } from 'vitest'

/**
 * A per-file watchdog for test workers whose event loop stops.
 *
 * Why: embedded PGlite 0.5 now and then comes up with a WebAssembly fault it swallows, and a
 * later statement spins forever inside its synchronous protocol call (a hung worker's stack:
 * PostgreSQL's errfinish looping under execProtocolRawSync). A blocked event loop fires no
 * test timeout, so before this the whole suite run sat silent until CI killed it and ran
 * everything again. A worker thread is not blocked by its main thread: it watches a
 * heartbeat the main thread ticks every second, and when the ticks stop for
 * TEST_WATCHDOG_SECONDS (60 by default; no test holds the loop for more than a few seconds)
 * it names the file and test on stderr, adds the file to TEST_WATCHDOG_DIR/hung.txt (when
 * set, as .ci/run does, which then reruns just those files) and kills this worker process.
 * The runner reports "Worker exited unexpectedly" and goes on with the other files.
 */
const limitSeconds = Number(process.env.TEST_WATCHDOG_SECONDS ?? 60)
const state = globalThis as { niramayaWatchdog?: Worker }
const relative = (filepath: string | undefined) => path.relative(process.cwd(), filepath ?? '')

// Stopped at a breakpoint, the event loop is paused on purpose: no watchdog under a debugger.
if (limitSeconds > 0 && inspector.url() === undefined) {
  // One watcher per worker process, even if the runner reuses the process for another file.
  if (!state.niramayaWatchdog) {
    const heartbeat = new Int32Array(new SharedArrayBuffer(4))
    state.niramayaWatchdog = new Worker(path.join(import.meta.dirname, 'watcher.mjs'), {
      workerData: {
        heartbeat,
        limitSeconds,
        markDirectory: process.env.TEST_WATCHDOG_DIR ?? '',
      },
    })
    state.niramayaWatchdog.unref()
    setInterval(() => Atomics.add(heartbeat, 0, 1), 1_000).unref()
  }
  const watcher = state.niramayaWatchdog
  // The file is known before it is imported, so a hang while it loads is named too.
  watcher.postMessage({
    file: relative(expect.getState().testPath),
    test: '(loading, or its beforeAll)',
  })
  beforeEach((context) => {
    watcher.postMessage({ file: relative(context.task.file.filepath), test: context.task.name })
  })
}
