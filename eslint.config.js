// One lint configuration for the monorepo: type-aware rules, and the import zones that keep the dependency
// direction of ../shared/STYLE.md. Zones are checked on resolved paths (import-x/no-restricted-paths), so a
// relative `../shell/x.ts` is caught as surely as a package name; package bans stay in no-restricted-imports.
import fs from 'node:fs'
import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import vitest from '@vitest/eslint-plugin'
import prettier from 'eslint-config-prettier'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import n from 'eslint-plugin-n'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Every folder in web/src/features is a feature, so a new one is fenced in without editing this file. */
const webFeatures = fs
  .readdirSync(new URL('web/src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** The packages besides shared: what a folder may not reach into by path or package name. */
const otherPackages = ['api', 'web', 'data', 'bench', 'scripts']

/** `api/src/<folder>` may import only the listed sibling folders of api/src (and packages). */
function apiZone(folder, allowed, message) {
  return {
    target: `api/src/${folder}`,
    from: 'api/src',
    except: [folder, ...allowed].map((name) => `./${name}`),
    message,
  }
}

const importZones = [
  {
    target: 'shared/src',
    from: [...otherPackages, 'shared/test'],
    message: 'shared/ imports only zod.',
  },
  apiZone('domain', [], 'domain/ is pure: it imports only shared/.'),
  apiZone('index', ['domain'], 'index/ builds on domain/ only.'),
  apiZone('store', [], 'store/ speaks SQL only.'),
  apiZone(
    'routes',
    ['domain', 'index', 'store', 'http', 'auth'],
    'routes/ use domain, index, store, http, auth.',
  ),
  apiZone(
    'auth',
    ['store', 'domain'],
    'auth/ (sessions, passwords, CSRF) builds on store and domain.',
  ),
  {
    target: ['api/src/domain', 'api/src/index', 'api/src/store'],
    from: ['data', 'web', 'bench'],
    message: 'Only start-up composes datasets and geodata; the core takes them as arguments.',
  },
  { target: 'api/src', from: ['web', 'bench'], message: 'The API does not import the web app.' },
  {
    target: 'web/src',
    from: ['api', 'data', 'bench'],
    message: 'The web app talks to the API over HTTP (types only, via @netzwerkatlas/api).',
  },
  ...webFeatures.flatMap((feature) =>
    webFeatures
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `web/src/features/${feature}`,
        from: `web/src/features/${other}`,
        message:
          'Features never import each other: share state through view-state/ and compose in app/.',
      })),
  ),
  {
    target: [
      'web/src/features',
      'web/src/actor-panel',
      'web/src/filter-panel',
      'web/src/map-base',
      'web/src/api',
      'web/src/ui',
      'web/src/view-state',
      'web/src/i18n',
    ],
    from: 'web/src/app',
    message: 'Only app/ composes; nothing imports the app shell.',
  },
  {
    target: ['web/src/api', 'web/src/ui', 'web/src/view-state', 'web/src/i18n'],
    from: 'web/src/features',
    message: 'Features build on api/, ui/, view-state/ and i18n/, not the other way round.',
  },
  {
    // The detail panel every view opens (list, map, graph, partner finder): shared, so it imports no feature.
    target: 'web/src/actor-panel',
    from: 'web/src/features',
    message: 'actor-panel/ is shared by every feature, so it imports none of them.',
  },
  {
    target: ['web/src/api', 'web/src/ui', 'web/src/view-state', 'web/src/i18n'],
    from: 'web/src/actor-panel',
    message: 'actor-panel/ builds on api/, ui/, view-state/ and i18n/, not the other way round.',
  },
  {
    // The filters every view shows (the list's panel, the map's and the graph's column): shared, like the panel.
    target: 'web/src/filter-panel',
    from: ['web/src/features', 'web/src/actor-panel'],
    message: 'filter-panel/ is shared by every feature, so it imports none of them.',
  },
  {
    // The basemap every map draws on (the map view, the partner finder): shared, so it imports no feature.
    target: 'web/src/map-base',
    from: ['web/src/features', 'web/src/actor-panel', 'web/src/filter-panel'],
    message: 'map-base/ is shared by every map, so it imports no feature or other shared layer.',
  },
  {
    target: [
      'web/src/api',
      'web/src/ui',
      'web/src/view-state',
      'web/src/i18n',
      'web/src/actor-panel',
      'web/src/filter-panel',
    ],
    from: 'web/src/map-base',
    message: "map-base/ builds on api/ only; the layers a page draws on it are the page's own.",
  },
  {
    target: [
      'web/src/api',
      'web/src/ui',
      'web/src/view-state',
      'web/src/i18n',
      'web/src/actor-panel',
    ],
    from: 'web/src/filter-panel',
    message: 'filter-panel/ builds on api/, ui/, view-state/ and i18n/, not the other way round.',
  },
]

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'var/**',
      'bench/results/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX, n },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: importZones },
      ],
      'n/no-process-env': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'eslint.config.js', '**/*.config.ts', 'web/e2e/**', 'bench/**'],
    rules: { 'n/no-process-env': 'off' },
  },
  // Package bans per folder (the folder zones are above): shared imports only zod; domain is pure.
  {
    files: ['shared/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$|\\.)', message: 'shared/ imports only zod.' }] },
      ],
    },
  },
  {
    files: ['api/src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(hono|@hono/|kysely|pg$|pino)',
              message: 'domain/ is pure: no HTTP, no SQL.',
            },
            { regex: '^node:', message: 'domain/ is pure: pass I/O and the clock in.' },
            { regex: '^@netzwerkatlas/(?!shared$)', message: 'domain/ imports only shared/.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the clock in.' },
      ],
    },
  },
  {
    files: ['api/src/index/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(hono|@hono/|kysely|pg$|@netzwerkatlas/(?!shared$))',
              message: 'index/ builds on domain/ only: no HTTP, no SQL, no datasets.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(hono|@hono/|@netzwerkatlas/(?!shared$))',
              message: 'store/ speaks SQL only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': tanstackQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@tanstack/query/exhaustive-deps': 'error',
      '@tanstack/query/no-rest-destructuring': 'error',
      '@tanstack/query/stable-query-client': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@netzwerkatlas/api',
              message: 'Import only types from the API.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              regex: '^@netzwerkatlas/(data|bench)',
              message: 'The web app talks to the API only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/test/**', '**/*.test.ts', '**/*.test.tsx'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/consistent-test-it': ['error', { fn: 'it' }],
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expectProblem'] }],
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
)
