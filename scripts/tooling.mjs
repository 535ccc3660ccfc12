// Helpers for the root scripts (npm start, npm test, npm run …): they must work on a machine with only Node 20
// and npm.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const PNPM_VERSION = '10.34.9'
const localPnpm = path.join(repositoryRoot, 'var', 'tools', 'node_modules', '.bin', 'pnpm')

/** Runs a command in the repository root, inheriting the terminal; exits with its code if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repositoryRoot, stdio: 'inherit', ...options })
  if (result.error) {
    console.error(`${command}: ${result.error.message}`)
    process.exit(1)
  }
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function pnpmVersion(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

/** pnpm 10 from PATH, or else a pinned copy installed into var/tools (no global install needed). */
export function ensurePnpm() {
  if (pnpmVersion('pnpm')?.startsWith('10.')) return 'pnpm'
  if (!fs.existsSync(localPnpm) || pnpmVersion(localPnpm) !== PNPM_VERSION) {
    console.log(`Installing pnpm ${PNPM_VERSION} into var/tools …`)
    run('npm', [
      'install',
      '--prefix',
      path.join(repositoryRoot, 'var', 'tools'),
      '--no-audit',
      '--no-fund',
      `pnpm@${PNPM_VERSION}`,
    ])
  }
  return localPnpm
}

export function installDependencies(pnpm) {
  run(pnpm, ['install', '--frozen-lockfile'])
}

/** Installs unless node_modules already holds exactly this lockfile (pnpm keeps a copy of what it installed). */
export function ensureDependencies(pnpm) {
  const installed = path.join(repositoryRoot, 'node_modules', '.pnpm', 'lock.yaml')
  const wanted = path.join(repositoryRoot, 'pnpm-lock.yaml')
  const isCurrent =
    fs.existsSync(installed) && fs.readFileSync(installed).equals(fs.readFileSync(wanted))
  if (!isCurrent) installDependencies(pnpm)
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The browser tests run Debian's Chromium: installed from apt when missing and we are root. */
export function ensureChromium() {
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

/**
 * The peer tools the tests check our figures and files against (networkx, python-igraph, GDAL, xmllint, R igraph,
 * pandas, pyproj): Debian packages, since PyPI and CRAN are not reachable here. Installed from apt when missing and
 * we are root; the Python tests use /usr/bin/python3, which sees them.
 */
const RESEARCH_PACKAGES = [
  'python3-networkx',
  'python3-igraph',
  'python3-scipy',
  'python3-pandas',
  'python3-pyproj',
  'gdal-bin',
  'libxml2-utils',
  'r-cran-igraph',
]

export function ensureResearchTools() {
  const missing = RESEARCH_PACKAGES.filter((name) => !isInstalled(name))
  if (missing.length === 0) return
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing Debian packages for the tests: sudo apt-get install -y ${missing.join(' ')}`,
    )
    process.exit(1)
  }
  console.log(`Installing ${missing.join(', ')} from Debian …`)
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

function isInstalled(debianPackage) {
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', debianPackage], {
    encoding: 'utf8',
  })
  return status.status === 0 && status.stdout.includes('install ok installed')
}

/** Builds what the server runs: the web app (web/dist) and the bundled API (api/dist/server.mjs). */
export function buildApp(pnpm) {
  run(pnpm, ['--filter', '@netzwerkatlas/web', '--filter', '@netzwerkatlas/api', 'build'])
}
