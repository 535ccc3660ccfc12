// npm test: installs what the tests need (dependencies, Debian's Chromium), builds the web app and runs every
// suite: unit and API tests (vitest, on an embedded PostgreSQL) and the browser tests (Playwright, Chromium).
import fs from 'node:fs'
import { buildApp, ensurePnpm, installDependencies, run } from './tooling.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
    process.exit(1)
  }
  console.log('Installing Chromium from Debian …')
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

const pnpm = ensurePnpm()
installDependencies(pnpm)
ensureChromium()
buildApp(pnpm)
run(pnpm, ['-r', '--workspace-concurrency=1', '--if-present', 'test'])
run(pnpm, ['--filter', '@netzwerkatlas/web', 'e2e'])
