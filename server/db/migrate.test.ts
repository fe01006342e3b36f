import { readFile } from 'node:fs/promises'
import path from 'node:path'
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

describe.runIf(inject('database').kind === 'postgres')('starting together on PostgreSQL', () => {
  // Roles belong to the whole cluster, and every server start runs db/roles.sql: servers (or
  // databases of one cluster) starting at once must not fail on each other's catalog writes
  // ("tuple concurrently updated" when each re-asserted the roles).
  it('runs the role bootstrap from many connections at once without an error', async () => {
    const target = inject('database')
    if (target.kind !== 'postgres') throw new Error('PostgreSQL only')
    const roles = await readFile(path.resolve('db/roles.sql'), 'utf8')
    const admins = await Promise.all(Array.from({ length: 8 }, () => openPostgresAdmin(target.url)))
    try {
      for (let round = 0; round < 5; round += 1) {
        const results = await Promise.allSettled(admins.map((admin) => admin.exec(roles)))
        const failures = results.flatMap((result) =>
          result.status === 'rejected' ? [String(result.reason)] : [],
        )
        expect(failures).toEqual([])
      }
    } finally {
      await Promise.all(admins.map((admin) => admin.close()))
    }
  })
})
