import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The app must work offline and under a strict CSP: no inline module-preload polyfill script.
    modulePreload: { polyfill: false },
  },
  server: {
    // `pnpm --filter @netzwerkatlas/web dev` proxies the API of a running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
})
