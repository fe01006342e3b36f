import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import {
  type AdminConnection,
  openPostgresAdmin,
  pgliteAdmin,
} from '../server/db/admin-connection.ts'
import { migrate, readMigrations } from '../server/db/migrate.ts'
import { openPglite } from '../server/db/open-pglite.ts'

export type TestDatabaseTarget =
  | { kind: 'pglite'; snapshot: string }
  | { kind: 'postgres'; url: string }

declare module 'vitest' {
  export interface ProvidedContext {
    database: TestDatabaseTarget
  }
}

const cacheFolder = path.resolve('node_modules/.cache/niramaya-test')

/**
 * Migrates once per run. On PostgreSQL: the database in DATABASE_URL. On PGlite:
 * a migrated data directory is saved as a tarball (cached by the migrations'
 * checksums) and every test file opens its own copy of it in well under a second.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL
  if (url) {
    const admin = await openPostgresAdmin(url)
    try {
      await prepare(admin)
    } finally {
      await admin.close()
    }
    project.provide('database', { kind: 'postgres', url })
    return
  }
  project.provide('database', { kind: 'pglite', snapshot: await pgliteSnapshot() })
}

async function prepare(admin: AdminConnection) {
  await migrate(admin)
  await admin.exec(await readFile(path.resolve('test/test-roles.sql'), 'utf8'))
}

async function pgliteSnapshot(): Promise<string> {
  const migrations = await readMigrations()
  const hash = createHash('sha256')
  for (const file of [
    'db/roles.sql',
    'test/test-roles.sql',
    'package-lock.json',
    'server/db/migrate.ts',
  ]) {
    hash.update(await readFile(path.resolve(file)))
  }
  for (const migration of migrations) hash.update(migration.name).update(migration.checksum)
  const snapshot = path.join(cacheFolder, `pglite-${hash.digest('hex').slice(0, 16)}.tar`)
  if (existsSync(snapshot)) return snapshot

  const pglite = await openPglite({})
  try {
    await prepare(pgliteAdmin(pglite))
    const tarball = await pglite.dumpDataDir('none')
    await mkdir(cacheFolder, { recursive: true })
    const partial = `${snapshot}.${process.pid}.partial`
    await writeFile(partial, Buffer.from(await tarball.arrayBuffer()))
    await rename(partial, snapshot)
  } finally {
    await pglite.close()
  }
  return snapshot
}
