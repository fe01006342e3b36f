import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The web shell lives in web/ and is built into dist/web, which the Node server serves with an
// SPA fallback. In development the Vite server proxies /api to the Node server on port 3000.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
})
