import { readFile } from 'node:fs/promises'
import { describe, expect, inject, it } from 'vitest'
import { type AdminConnection, openPostgresAdmin, pgliteAdmin } from './admin-connection.ts'
import { migrate, readMigrations } from './migrate.ts'
import { openPglite } from './open-pglite.ts'

/** An administrative connection to the already-migrated test database. */
async function openAdmin(): Promise<AdminConnection> {
  const target = inject('database')
  if (target.kind === 'postgres') return openPostgresAdmin(target.url)
  const pglite = await openPglite({ loadDataDir: new Blob([await readFile(target.snapshot)]) })
  const admin = pgliteAdmin(pglite)
  return { ...admin, close: () => pglite.close() }
}

describe('migrations', () => {
  it('are applied once: a second run changes nothing', async () => {
    const admin = await openAdmin()
    try {
      const all = await readMigrations()
      const report = await migrate(admin)
      expect(report).toEqual({ applied: [], alreadyApplied: all.length })
    } finally {
      await admin.close()
    }
  })

  it('refuse to run when an applied migration was edited', async () => {
    const admin = await openAdmin()
    try {
      const [first, ...rest] = await readMigrations()
      if (!first) throw new Error('no migrations found')
      const edited = { ...first, checksum: 'edited' }
      await expect(migrate(admin, [edited, ...rest])).rejects.toThrow(
        /changed after it was applied/,
      )
    } finally {
      await admin.close()
    }
  })

  it('roll back a failing migration completely', async () => {
    const admin = await openAdmin()
    try {
      const broken = {
        name: '99999999999999_broken.sql',
        sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
        checksum: 'x',
      }
      await expect(migrate(admin, [...(await readMigrations()), broken])).rejects.toThrow(
        /99999999999999_broken.sql failed/,
      )
      const leftovers = await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_class WHERE relname = 'half_done'",
      )
      expect(leftovers[0]?.n).toBe(0)
      const recorded = await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM schema_migrations WHERE name = '99999999999999_broken.sql'",
      )
      expect(recorded[0]?.n).toBe(0)
    } finally {
      await admin.close()
    }
  })
})
