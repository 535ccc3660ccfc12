// npm test: installs what the tests need (dependencies, Debian's Chromium), builds the web app and runs every
// suite: unit and API tests (vitest, on an embedded PostgreSQL) and the browser tests (Playwright, Chromium).
import { buildApp, ensureChromium, ensurePnpm, installDependencies, run } from './tooling.mjs'

const pnpm = ensurePnpm()
installDependencies(pnpm)
ensureChromium()
buildApp(pnpm)
run(pnpm, ['-r', '--workspace-concurrency=1', '--if-present', 'test'])
run(pnpm, ['--filter', '@netzwerkatlas/web', 'e2e'])
