import { defineConfig } from 'vitest/config'

// Browser journeys against a real in-process server. Each file starts its own server (on a copy
// of a data folder migrated once, or a clone of one migrated database, e2e/global-setup.ts) and
// its own Chromium, so two files run side by side; timeouts allow for a slow CI machine.
// The files of a worker share its module registry, as the unit suites' do (vitest.config.ts):
// importing the server and Playwright afresh took about 5 s of every file on the 2-CPU machine.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Kills a test worker whose event loop has stopped (a spinning PGlite) so the run goes on.
    setupFiles: ['test/watchdog/setup.ts'],
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
