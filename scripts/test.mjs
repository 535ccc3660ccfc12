// npm test: installs what the tests need (dependencies, Debian's Chromium, the peer tools results are checked
// against), builds the web app and runs every suite: unit and API tests (vitest, on an embedded PostgreSQL) and
// the browser tests (Playwright, Chromium).
import {
  buildApp,
  ensureChromium,
  ensurePnpm,
  ensureResearchTools,
  installDependencies,
  run,
} from './tooling.mjs'

const pnpm = ensurePnpm()
installDependencies(pnpm)
ensureChromium()
ensureResearchTools()
buildApp(pnpm)
run(pnpm, ['-r', '--workspace-concurrency=1', '--if-present', 'test'])
run(pnpm, ['--filter', '@netzwerkatlas/web', 'e2e'])
