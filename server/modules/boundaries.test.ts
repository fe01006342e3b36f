import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// A module's index.ts is its only public surface (CODE_STYLE.md §1): other code may not
// reach past it, and modules may not depend on each other in a circle, or a change inside
// one module silently breaks another and the two can no longer be understood apart.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const scanned = ['server', 'scripts', 'bench', 'test']

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...sourceFiles(path))
    } else if (/\.tsx?$/.test(entry.name)) {
      files.push(path)
    }
  }
  return files
}

// Static imports, re-exports, side-effect imports, dynamic import() and vi.mock() paths.
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g

interface Edge {
  file: string
  target: string
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(SPECIFIER)].map((m) => ({
    file,
    target: relative(root, resolve(root, dirname(file), m[1] as string)),
  }))
}

/** `server/modules/<module>/…` → `<module>` and the path inside it. */
function moduleOf(path: string): { name: string; inner: string } | undefined {
  const match = /^server\/modules\/([^/]+)\/(.+)$/.exec(path.split('\\').join('/'))
  return match ? { name: match[1] as string, inner: match[2] as string } : undefined
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file)
/** A module's helpers for tests (`*-test-helpers.ts`): test code, never run by the program. */
const isTestHelper = (file: string) => /-test-helpers\.ts$/.test(file)
const isTestCode = (file: string) => isTest(file) || isTestHelper(file)
const edges = scanned.flatMap(sourceFiles).flatMap(importsOf)

/** Imports of another module's internals, as `file -> target`. */
function deepImports(all: readonly Edge[]): string[] {
  return all
    .filter(({ file, target }) => {
      const to = moduleOf(target)
      if (!to || to.inner === 'index.ts' || to.inner === 'index') return false
      // Test code may use another module's test helpers (a merge test needs an invoice, a
      // prescription, a lab case…); the program never reaches them.
      if (isTestCode(file) && isTestHelper(target)) return false
      return moduleOf(file)?.name !== to.name
    })
    .map(({ file, target }) => `${file} -> ${target}`)
}

/** Module dependency cycles (strongly connected groups of more than one module). */
function moduleCycles(all: readonly Edge[]): string[][] {
  const graph = new Map<string, Set<string>>()
  for (const { file, target } of all) {
    const from = moduleOf(file)
    const to = moduleOf(target)
    // Tests and their helpers are not part of the running program; they may use a neighbour freely.
    if (!from || !to || from.name === to.name || isTestCode(file)) continue
    if (!graph.has(from.name)) graph.set(from.name, new Set())
    graph.get(from.name)?.add(to.name)
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []
  let counter = 0
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter)
    counter++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number))
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = []
      let member: string | undefined
      do {
        member = stack.pop() as string
        onStack.delete(member)
        group.push(member)
      } while (member !== node)
      if (group.length > 1) groups.push(group.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return groups
}

describe('module boundaries', () => {
  it('finds the imports it is meant to judge', () => {
    // Guards against a broken pattern passing vacuously.
    expect(edges.length).toBeGreaterThan(500)
    expect(deepImports([{ file: 'server/app.ts', target: 'server/modules/a/b.ts' }])).toHaveLength(
      1,
    )
    expect(
      deepImports([{ file: 'server/modules/a/x.test.ts', target: 'server/modules/a/b.ts' }]),
    ).toHaveLength(0)
    // Another module's test helpers: open to test code, closed to the program.
    const helper = 'server/modules/b/b-test-helpers.ts'
    expect(deepImports([{ file: 'server/modules/a/a-test-helpers.ts', target: helper }])).toEqual(
      [],
    )
    expect(deepImports([{ file: 'server/modules/a/x.test.ts', target: helper }])).toEqual([])
    expect(deepImports([{ file: 'server/modules/a/x.ts', target: helper }])).toHaveLength(1)
    const circle = [
      { file: 'server/modules/a/x.ts', target: 'server/modules/b/index.ts' },
      { file: 'server/modules/b/y.ts', target: 'server/modules/a/index.ts' },
    ]
    expect(moduleCycles(circle)).toEqual([['a', 'b']])
  })

  it('no code imports another module past its index.ts', () => {
    expect(deepImports(edges)).toEqual([])
  })

  it('no two modules depend on each other, directly or through others', () => {
    expect(moduleCycles(edges)).toEqual([])
  })
})
