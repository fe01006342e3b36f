import { spawnSync } from 'node:child_process'
import nodeModule from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { hashInputs, isCurrent, markCurrent, markStale } from './web-build.ts'

/**
 * Builds the web app into dist/web (vite; its config also writes the .br and .gz
 * copies the server sends, see server/http/web-app.ts).
 *
 *   tsx scripts/build-web.ts          build only if the sources changed (`npm start`)
 *   tsx scripts/build-web.ts --force  always build (`npm run build:web`)
 *   tsx scripts/build-web.ts --start  build only if changed, then run the server (`npm start`)
 *
 * "Changed" means the hash of the inputs below differs from the one stamped into
 * dist/web by the last complete build. The stamp is removed before a build starts
 * and written only after vite (compression included) has finished, so a failed or
 * interrupted build is never taken as current.
 *
 * With --start the server runs in this same process once the web app is current: starting a
 * second Node with tsx costs about 0.2 s of the 2 s `npm start` budget (issue #9). A rebuild
 * then runs in a child process, so vite never stays loaded in the server, and the server
 * starts only after it succeeded: it never serves a stale build.
 */
const INPUTS = [
  'web',
  'shared',
  'vite.config.ts',
  'tsconfig.json',
  'package-lock.json',
  'scripts/build-web.ts',
  'scripts/web-build.ts',
]
const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = path.join(root, 'dist', 'web')

const started = performance.now()
const isStart = process.argv.includes('--start')
const inputsHash = hashInputs(root, INPUTS)
if (!process.argv.includes('--force') && isCurrent(outDir, inputsHash)) {
  console.log('web app is up to date (dist/web matches the sources)')
} else if (isStart) {
  const script = fileURLToPath(import.meta.url)
  const build = spawnSync(process.execPath, ['--import', 'tsx', script, '--force'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
} else {
  await markStale(outDir)
  // Imported only when building: loading vite costs more than the whole up-to-date check.
  const { build } = await import('vite')
  process.chdir(root)
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' })
  await markCurrent(outDir, inputsHash)
  const seconds = (performance.now() - started) / 1000
  console.log(`web app built in ${seconds.toFixed(1)} s`)
}

if (isStart) {
  // Node 22.1 and later keep the server's compiled code on disk between starts (checked against
  // each module's source, so an edit is recompiled): about 0.3 s of a 1.3 s import on the 2-CPU
  // machine. Node 20 has no compile cache and starts as before.
  const cached = nodeModule as { enableCompileCache?: (directory: string) => unknown }
  cached.enableCompileCache?.(path.join(root, 'node_modules', '.cache', 'niramaya-compile'))
  await import('../server/main.ts')
}
