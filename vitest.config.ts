import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'server/**/*.test.ts',
      'db/**/*.test.ts',
      'shared/**/*.test.ts',
      'web/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/watchdog/*.test.ts',
    ],
    globalSetup: ['test/global-setup.ts'],
    // Kills a test worker whose event loop has stopped (a spinning PGlite) so the run goes on.
    setupFiles: ['test/watchdog/setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file opens its own PGlite copy (~60 MB); two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
})
