import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { pgliteAdmin } from './admin-connection.ts'
import { isMigrated, readMigrations } from './migrate.ts'
import { APP_ROLE, openDatabase } from './open-database.ts'
import { openPglite } from './open-pglite.ts'

// Counts the PGlite opens (each costs 0.3–0.5 s of `npm start`) while opening for real.
const opens = vi.hoisted(() => [] as unknown[])
vi.mock('./open-pglite.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./open-pglite.ts')>()
  return {
    openPglite: (options: Parameters<typeof original.openPglite>[0]) => {
      opens.push(options)
      return original.openPglite(options)
    },
  }
})

describe('opening embedded PGlite on restart', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-open-database-'))
  const config = { dataDir, databasePoolSize: 1 } as Parameters<typeof openDatabase>[0]

  beforeAll(async () => {
    const first = await openDatabase(config)
    expect(first.migrations.applied.length).toBeGreaterThan(0)
    await first.close()
  }, 120_000)
  beforeEach(() => {
    opens.length = 0
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('opens once, as the app role, when no migration is pending', async () => {
    const database = await openDatabase(config)
    try {
      expect(opens).toEqual([{ dataDir: path.join(dataDir, 'pglite'), username: APP_ROLE }])
      expect(database.migrations.applied).toEqual([])
      const { rows } = await sql<{ role: string }>`SELECT current_user AS role`.execute(database.db)
      expect(rows[0]?.role).toBe(APP_ROLE)
    } finally {
      await database.close()
    }
  })

  it('still corrects an app role given BYPASSRLS by hand, and serves without it', async () => {
    const owner = await openPglite({ dataDir: path.join(dataDir, 'pglite') })
    await owner.exec(`ALTER ROLE ${APP_ROLE} BYPASSRLS`)
    await owner.close()
    const database = await openDatabase(config)
    try {
      const { rows } = await sql<{ rolbypassrls: boolean }>`
        SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user`.execute(database.db)
      expect(rows[0]?.rolbypassrls).toBe(false)
    } finally {
      await database.close()
    }
  })

  it('lets the app role see that a new or edited migration is pending', async () => {
    const app = await openPglite({ dataDir: path.join(dataDir, 'pglite'), username: APP_ROLE })
    try {
      const all = await readMigrations()
      const [first, ...rest] = all
      if (!first) throw new Error('no migrations found')
      const added = { name: '99999999999999_added.sql', sql: 'SELECT 1', checksum: 'x' }
      expect(await isMigrated(pgliteAdmin(app), all)).toBe(true)
      expect(await isMigrated(pgliteAdmin(app), [...all, added])).toBe(false)
      expect(await isMigrated(pgliteAdmin(app), [{ ...first, checksum: 'edited' }, ...rest])).toBe(
        false,
      )
      // The bookkeeping itself stays closed to the app role.
      await expect(app.query('SELECT * FROM schema_migrations')).rejects.toThrow(/permission/)
    } finally {
      await app.close()
    }
  })
})
