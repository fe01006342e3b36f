import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startNiramaya } from '../server/start.ts'
import { createTemplate, dropDatabases, templateName } from './databases.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * A data folder the product has already started (and migrated) in once; on PostgreSQL the
     * template database's name (e2e/databases.ts).
     */
    e2eDataTemplate: string
  }
}

/**
 * Starts the whole product once in a template data folder, so every browser test file
 * starts its own server on a copy of an already-migrated embedded database instead of
 * migrating a new one (about 8 s a file). The copy is the real thing: the same server
 * start, the same migrations ledger, only already applied. On PostgreSQL (DATABASE_URL) the
 * template is a database, and each file clones it (e2e/databases.ts).
 */
export default async function setup(project: TestProject) {
  const template = mkdtempSync(path.join(tmpdir(), 'niramaya-e2e-template-'))
  const databaseUrl = process.env.DATABASE_URL
  const server = await startNiramaya({
    port: 0,
    host: '127.0.0.1',
    dataDir: template,
    ...(databaseUrl ? { databaseUrl: await createTemplate(databaseUrl) } : {}),
    logLevel: 'warn',
  })
  await server.stop()
  project.provide('e2eDataTemplate', databaseUrl ? templateName(databaseUrl) : template)
  return async () => {
    rmSync(template, { recursive: true, force: true })
    if (databaseUrl) await dropDatabases(databaseUrl, templateName(databaseUrl))
  }
}
