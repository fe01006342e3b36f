import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startNiramaya } from '../server/start.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder the product has already started (and migrated) in once; '' on PostgreSQL. */
    e2eDataTemplate: string
  }
}

/**
 * Starts the whole product once in a template data folder, so every browser test file
 * starts its own server on a copy of an already-migrated embedded database instead of
 * migrating a new one (about 8 s a file). The copy is the real thing: the same server
 * start, the same migrations ledger, only already applied. On PostgreSQL (DATABASE_URL) the
 * files share the one migrated database, as before.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('e2eDataTemplate', '')
    return
  }
  const template = mkdtempSync(path.join(tmpdir(), 'niramaya-e2e-template-'))
  const server = await startNiramaya({
    port: 0,
    host: '127.0.0.1',
    dataDir: template,
    logLevel: 'warn',
  })
  await server.stop()
  project.provide('e2eDataTemplate', template)
  return () => rmSync(template, { recursive: true, force: true })
}
