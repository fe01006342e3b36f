import { defineConfig } from 'vitest/config'

// Browser journeys against a real in-process server. Each file starts its own server (on a copy
// of a data folder migrated once, e2e/global-setup.ts) and its own Chromium, so two files run
// side by side; timeouts allow for a slow CI machine.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Kills a test worker whose event loop has stopped (a spinning PGlite) so the run goes on.
    setupFiles: ['test/watchdog/setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
