import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { hashInputs, isCurrent, markCurrent, markStale } from './web-build.ts'

/**
 * Builds the web app into dist/web (vite; its config also writes the .br and .gz
 * copies the server sends, see server/http/web-app.ts).
 *
 *   tsx scripts/build-web.ts          build only if the sources changed (`npm start`)
 *   tsx scripts/build-web.ts --force  always build (`npm run build:web`)
 *
 * "Changed" means the hash of the inputs below differs from the one stamped into
 * dist/web by the last complete build. The stamp is removed before a build starts
 * and written only after vite (compression included) has finished, so a failed or
 * interrupted build is never taken as current.
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
const inputsHash = hashInputs(root, INPUTS)
if (!process.argv.includes('--force') && isCurrent(outDir, inputsHash)) {
  console.log('web app is up to date (dist/web matches the sources)')
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
