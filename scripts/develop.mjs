// The development commands of the README (`npm run check`, `npm run test:api`, …): each bootstraps pnpm into
// var/tools and installs the dependencies if needed, so they work with only Node 20 and npm, like npm start.
// Arguments after `--` go to the task's last step: `npm run test:api -- test/meta.test.ts`.
import {
  buildApp,
  ensureChromium,
  ensureDependencies,
  ensurePnpm,
  ensureResearchTools,
  run,
} from './tooling.mjs'

const api = ['--filter', '@netzwerkatlas/api']
const web = ['--filter', '@netzwerkatlas/web']

/** Each task: its steps, run in order; a step is a pnpm argument list or a function of the pnpm command. */
const tasks = {
  // typecheck, lint (with the import zones, proven by check-lint-zones), format, unused code
  check: [
    ['exec', 'tsc', '-b'],
    ['exec', 'eslint', '.', '--max-warnings=0'],
    ['exec', 'node', 'scripts/check-lint-zones.mjs'],
    ['exec', 'prettier', '--check', '.'],
    ['exec', 'knip'],
  ],
  format: [['exec', 'prettier', '--write', '.']],
  'test:api': [() => ensureResearchTools(), [...api, 'test']],
  'test:web': [[...web, 'test']],
  e2e: [buildApp, () => ensureChromium(), [...web, 'e2e']],
  'dev:web': [[...web, 'dev']],
  // accounts without default credentials: `npm run admin -- create you@example.org` prints a setup link
  admin: [[...api, 'exec', 'tsx', 'src/cli/admin.ts']],
  bench: [
    () => ensureResearchTools(),
    // The web app too: the map suite loads /karte in Chromium, and without web/dist it waits for idle in vain.
    buildApp,
    ['--filter', '@netzwerkatlas/bench', 'bench'],
  ],
}

const [name, ...extraArguments] = process.argv.slice(2)
const steps = tasks[name]
if (!steps) {
  console.error(`Unknown task "${name}". Tasks: ${Object.keys(tasks).join(', ')}`)
  process.exit(1)
}

const pnpm = ensurePnpm()
ensureDependencies(pnpm)
for (const [index, step] of steps.entries()) {
  if (typeof step === 'function') step(pnpm)
  else run(pnpm, index === steps.length - 1 ? [...step, ...extraArguments] : step)
}
