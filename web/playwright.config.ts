/**
 * Browser tests in Debian's Chromium against the built web app served by the real API on a fresh embedded
 * PostgreSQL with the default data (press release, Leipzig Data, 1,500 demo actors).
 */
import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 8181)
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  },
  webServer: {
    // The bundled server that `npm start` runs (npm test builds it first), on a fresh database with the test
    // accounts the admin CLI makes (e2e/support/start-server.sh).
    command: 'exec sh e2e/support/start-server.sh',
    env: {
      PORT: String(PORT),
      DATA_DIR: '../var/e2e',
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      LOG_LEVEL: 'warn',
      // The login limit's window (default 15 min), short so that login-limit.spec.ts can reach the limit and
      // wait it out: every spec signs in from the same address, and none may find itself locked out after it.
      LOGIN_WINDOW_SECONDS: '20',
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
