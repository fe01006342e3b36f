import { defineConfig } from 'vitest/config'

// The scale path: real server processes sharing one database through PgBouncer in
// transaction mode. Run by .ci/run with DATABASE_URL (direct, for migrations) and
// DATABASE_APP_URL (through PgBouncer) set; skipped without them.
export default defineConfig({
  test: {
    include: ['test/scale/**/*.scale.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
