import { defineConfig } from 'vitest/config'

// Browser journeys against a real in-process server. They share one server and one Chromium, so
// files run one after another; timeouts allow for a cold PGlite start and a slow CI machine.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
