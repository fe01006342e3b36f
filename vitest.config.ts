import { defineConfig } from 'vitest/config'

const suites = [
  'server/**/*.test.ts',
  'db/**/*.test.ts',
  'shared/**/*.test.ts',
  'web/**/*.test.{ts,tsx}',
  'scripts/**/*.test.ts',
  'test/watchdog/*.test.ts',
]

/**
 * Files that replace modules (vi.mock), or that prove something about the first use of a
 * per-process cache, need a module registry of their own. Every other file shares its worker's:
 * importing the server's modules afresh for each of 240 files took about 280 s of a 590 s run on
 * the 2-CPU CI machine (the run takes 320–350 s now), and CI runs the suite four times. Each file
 * still opens its own database (a private PGlite copy, or its own clinics and job-queue schema on
 * a shared PostgreSQL) and its own app; module-level caches are keyed by clinic.
 */
const ownModules = ['server/db/open-database.test.ts', 'server/lib/pdf/fonts.test.ts']

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    // Kills a test worker whose event loop has stopped (a spinning PGlite) so the run goes on.
    setupFiles: ['test/watchdog/setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file opens its own PGlite copy (~60 MB); two at a time suits a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'shared-modules', include: suites, exclude: ownModules, isolate: false },
      },
      { extends: true, test: { name: 'own-modules', include: ownModules, isolate: true } },
    ],
  },
})
