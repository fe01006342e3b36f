import path from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { compressOutputs } from './scripts/web-build.ts'

// The web shell lives in web/ and is built into dist/web, which the Node server serves with an
// SPA fallback. In development the Vite server proxies /api to the Node server on port 3000.
// `--mode test` (npm run build:web-test) builds the same app into dist/web-test for the browser
// tests: production React, but every API answer checked against its shared contract
// (web/src/lib/response-check.ts), which a production build skips.
export default defineConfig(({ mode }) => ({
  root: 'web',
  plugins: [react(), precompress()],
  build: {
    outDir: mode === 'test' ? '../dist/web-test' : '../dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
}))

/**
 * Writes .br and .gz copies beside the built files for the server to send
 * (server/http/web-app.ts). Part of every build, however vite is invoked, so a
 * build without them cannot happen by accident.
 */
function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'niramaya:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      await compressOutputs(outDir)
    },
  }
}
