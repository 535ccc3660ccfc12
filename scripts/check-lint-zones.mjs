// Proves the import zones of eslint.config.js: lints one deliberately bad import per zone (and a few good ones) as
// if it stood in that folder, and fails unless each bad one is an error and each good one passes. Part of
// `npm run check`, so a config edit that silently drops a zone fails the check.
import { ESLint } from 'eslint'
import { repositoryRoot } from './tooling.mjs'

const ZONE_RULES = new Set(['no-restricted-imports', 'import-x/no-restricted-paths'])

/** [what must hold, file the snippet pretends to be, the snippet, refused?] */
const cases = [
  ['shared/ imports no package but zod', 'shared/src/schemas/x.ts', "import 'hono'", true],
  [
    'shared/ imports nothing of api/ by path',
    'shared/src/x.ts',
    "import '../../api/src/config.ts'",
    true,
  ],
  ['shared/ may import zod', 'shared/src/x.ts', "import { z } from 'zod'", false],
  ['domain/ imports no HTTP framework', 'api/src/domain/x.ts', "import 'hono'", true],
  ['domain/ imports no node: module', 'api/src/domain/x.ts', "import 'node:fs'", true],
  ['domain/ does not reach into store/', 'api/src/domain/x.ts', "import '../store/store.ts'", true],
  [
    'domain/ does not reach into index/',
    'api/src/domain/a/x.ts',
    "import '../../index/text-index.ts'",
    true,
  ],
  ['domain/ may import shared', 'api/src/domain/a/x.ts', "import '@netzwerkatlas/shared'", false],
  [
    'index/ imports no dataset package',
    'api/src/index/x.ts',
    "import '@netzwerkatlas/data/geo'",
    true,
  ],
  [
    'index/ imports no dataset by path',
    'api/src/index/x.ts',
    "import '../../../data/geo/index.ts'",
    true,
  ],
  ['index/ does not import http/', 'api/src/index/x.ts', "import '../http/problem.ts'", true],
  ['index/ does not import start-up', 'api/src/index/x.ts', "import '../config.ts'", true],
  [
    'index/ may import domain/',
    'api/src/index/x.ts',
    "import '../domain/text/fold-german.ts'",
    false,
  ],
  [
    'store/ does not import index/',
    'api/src/store/x.ts',
    "import '../index/index-holder.ts'",
    true,
  ],
  ['store/ does not import hono', 'api/src/store/x.ts', "import 'hono'", true],
  [
    'routes/ do not import datasets/',
    'api/src/routes/x.ts',
    "import '../datasets/dataset-ids.ts'",
    true,
  ],
  ['routes/ may import http/', 'api/src/routes/x.ts', "import '../http/problem.ts'", false],
  ['routes/ may import auth/', 'api/src/routes/x.ts', "import '../auth/sessions.ts'", false],
  ['auth/ does not import routes/', 'api/src/auth/x.ts', "import '../routes/auth.ts'", true],
  ['auth/ does not import index/', 'api/src/auth/x.ts', "import '../index/index-holder.ts'", true],
  ['auth/ may import store/', 'api/src/auth/x.ts', "import '../store/store.ts'", false],
  ['api/ does not import web/', 'api/src/x.ts', "import '../../web/src/main.tsx'", true],
  [
    'web/ imports no value from the API',
    'web/src/x.ts',
    "import { createApp } from '@netzwerkatlas/api'",
    true,
  ],
  [
    'web/ may import API types',
    'web/src/x.ts',
    "import type { AppType } from '@netzwerkatlas/api'",
    false,
  ],
  [
    'web/ imports nothing of api/ by path',
    'web/src/api/x.ts',
    "import '../../../api/src/app.ts'",
    true,
  ],
  [
    'features keep the web-wide bans',
    'web/src/features/actors/x.ts',
    "import '@netzwerkatlas/data/geo'",
    true,
  ],
  [
    'features keep the web-wide API rule',
    'web/src/features/actors/x.ts',
    "import { createApp } from '@netzwerkatlas/api'",
    true,
  ],
  [
    'features never import each other',
    'web/src/features/actors/x.ts',
    "import '../shell/language-switch.tsx'",
    true,
  ],
  [
    'features do not import app/',
    'web/src/features/shell/x.ts',
    "import '../../app/router.tsx'",
    true,
  ],
  [
    'features may import view-state/',
    'web/src/features/actors/x.ts',
    "import '../../view-state/use-view-search.ts'",
    false,
  ],
  [
    'view-state/ does not import features',
    'web/src/view-state/x.ts',
    "import '../features/actors/actors-page.tsx'",
    true,
  ],
  [
    'actor-panel/ imports no feature',
    'web/src/actor-panel/x.ts',
    "import '../features/actors/actors-page.tsx'",
    true,
  ],
  [
    'actor-panel/ does not import app/',
    'web/src/actor-panel/x.ts',
    "import '../app/router.tsx'",
    true,
  ],
  [
    'features may import actor-panel/',
    'web/src/features/actors/x.ts',
    "import '../../actor-panel/actor-detail-panel.tsx'",
    false,
  ],
  [
    'actor-panel/ may import api/',
    'web/src/actor-panel/x.ts',
    "import '../api/use-meta.ts'",
    false,
  ],
  [
    'api/ does not import actor-panel/',
    'web/src/api/x.ts',
    "import '../actor-panel/place-label.ts'",
    true,
  ],
  [
    'filter-panel/ imports no feature',
    'web/src/filter-panel/x.ts',
    "import '../features/map/map-view.tsx'",
    true,
  ],
  [
    'filter-panel/ does not import app/',
    'web/src/filter-panel/x.ts',
    "import '../app/router.tsx'",
    true,
  ],
  [
    'filter-panel/ does not import actor-panel/',
    'web/src/filter-panel/x.ts',
    "import '../actor-panel/actor-detail-panel.tsx'",
    true,
  ],
  [
    'filter-panel/ may import view-state/',
    'web/src/filter-panel/x.ts',
    "import '../view-state/use-view-search.ts'",
    false,
  ],
  [
    'features may import filter-panel/',
    'web/src/features/map/x.ts',
    "import '../../filter-panel/filter-column.tsx'",
    false,
  ],
  [
    'view-state/ does not import filter-panel/',
    'web/src/view-state/x.ts',
    "import '../filter-panel/filter-panel.tsx'",
    true,
  ],
  [
    'actor-panel/ does not import filter-panel/',
    'web/src/actor-panel/x.ts',
    "import '../filter-panel/filter-fields.tsx'",
    true,
  ],
  [
    'map-base/ imports no feature',
    'web/src/map-base/x.ts',
    "import '../features/map/map-layers.ts'",
    true,
  ],
  ['map-base/ does not import app/', 'web/src/map-base/x.ts', "import '../app/router.tsx'", true],
  ['map-base/ may import api/', 'web/src/map-base/x.ts', "import '../api/client.ts'", false],
  [
    'features may import map-base/',
    'web/src/features/partners/x.ts',
    "import '../../map-base/base-map.ts'",
    false,
  ],
  [
    'view-state/ does not import map-base/',
    'web/src/view-state/x.ts',
    "import '../map-base/map-style.ts'",
    true,
  ],
  [
    'filter-panel/ does not import map-base/',
    'web/src/filter-panel/x.ts',
    "import '../map-base/base-map.ts'",
    true,
  ],
]

// Only the zone rules: the snippets stand in files that do not exist, so type-aware rules cannot run on them.
const eslint = new ESLint({
  cwd: repositoryRoot,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ZONE_RULES.has(ruleId),
})

let failures = 0
for (const [rule, filePath, code, refused] of cases) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  const errors = result.messages.filter((message) => message.severity === 2)
  const held = refused ? errors.length > 0 : errors.length === 0
  if (!held) failures += 1
  const detail = errors.map((error) => `${error.ruleId}: ${error.message}`).join('; ')
  console.log(
    `${held ? 'ok  ' : 'FAIL'} ${rule}: ${filePath} ← ${code}${detail ? `  (${detail})` : ''}`,
  )
}
if (failures > 0) {
  console.error(`${failures} of ${cases.length} lint-zone checks failed`)
  process.exit(1)
}
console.log(`All ${cases.length} lint-zone checks held.`)
