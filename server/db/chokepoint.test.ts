import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Tenant context is set in exactly one place (server/db/with-clinic.ts), and
 * nothing sets a role or a setting for a whole session: on a pooled connection
 * a session-level SET outlives the request and hands one clinic's context to
 * the next request.
 */
const roots = ['server', 'db', 'scripts']

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.(ts|sql)$/.test(entry) && !entry.endsWith('.test.ts') ? [full] : []
  })
}

const files = roots.flatMap(sourceFiles)

describe('tenant context chokepoint', () => {
  it('only with-clinic.ts calls set_config in TypeScript', () => {
    const callers = files.filter(
      (file) => file.endsWith('.ts') && /set_config\s*\(/i.test(readFileSync(file, 'utf8')),
    )
    expect(callers).toEqual([path.join('server', 'db', 'with-clinic.ts')])
  })

  it('SQL functions that set context do so for the transaction only', () => {
    // Sign-up and invitation acceptance create a tenant before any context exists.
    const calls = files
      .filter((file) => file.endsWith('.sql'))
      .flatMap((file) => readFileSync(file, 'utf8').match(/set_config\([^;]*?\)\s*;/gi) ?? [])
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.filter((call) => !/,\s*true\s*\)\s*;$/i.test(call))).toEqual([])
  })

  it('no code uses SET without LOCAL for roles or app settings', () => {
    const offenders = files.filter((file) =>
      /\bSET\s+(?!LOCAL\b)(SESSION\s+)?(ROLE\b(?!\s*=)|"?app\.)/i.test(
        readFileSync(file, 'utf8')
          .replace(/--.*$/gm, '')
          .replace(/\/\/.*$/gm, ''),
      ),
    )
    expect(offenders).toEqual([])
  })
})
