// Bundles the API into dist/server.mjs, which `npm start` runs with plain node: no TypeScript loader at run
// time saves ~40 MB of memory and the transpile time at start-up. Our workspace packages (shared, data) are
// bundled in, since they export TypeScript sources; third-party packages stay external and load from
// node_modules as usual. The SQL migrations are copied beside the bundle, where migrate.ts looks for them.
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const apiDir = path.resolve(import.meta.dirname, '..')
const distDir = path.join(apiDir, 'dist')

const keepThirdPartyExternal = {
  name: 'keep-third-party-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) =>
      specifier.startsWith('@netzwerkatlas/') ? undefined : { path: specifier, external: true },
    )
  },
}

fs.rmSync(distDir, { recursive: true, force: true })
await build({
  entryPoints: [path.join(apiDir, 'src/server.ts')],
  outfile: path.join(distDir, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  plugins: [keepThirdPartyExternal],
  logLevel: 'warning',
})
// The analysis worker is a second entry: worker-entry.ts loads it from beside server.mjs.
await build({
  entryPoints: [path.join(apiDir, 'src/index/analysis/analysis-worker.ts')],
  outfile: path.join(distDir, 'analysis-worker.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  plugins: [keepThirdPartyExternal],
  logLevel: 'warning',
})
fs.cpSync(path.join(apiDir, 'src/store/migrations'), path.join(distDir, 'migrations'), {
  recursive: true,
})
console.log(`API bundled into ${path.relative(process.cwd(), path.join(distDir, 'server.mjs'))}`)
