// One lint configuration for the monorepo: type-aware rules, and the import zones that keep the dependency
// direction of ../shared/STYLE.md (features never import each other; domain/ imports neither hono nor kysely).
import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import vitest from '@vitest/eslint-plugin'
import prettier from 'eslint-config-prettier'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import n from 'eslint-plugin-n'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const webFeatures = ['actors', 'shell']

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
  // Dependency direction, written down (STYLE.md): shared imports only zod; domain is pure.
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
            {
              regex: '^\\.\\./\\.\\./(index|store|routes|http)/',
              message: 'domain/ imports only shared/.',
            },
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
              regex: '^(hono|@hono/|kysely|pg$)|/(store|routes|http)/',
              message: 'index/ builds on domain/ only.',
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
              regex: '^(hono|@hono/)|/(routes|http|index|domain)/',
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
  // Features never import each other; app/ composes them.
  ...webFeatures.map((feature) => ({
    files: [`web/src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `/features/(?!${feature}/)`,
              message:
                'Features never import each other: share state through view-state/ and compose in app/.',
            },
            { regex: '/app/', message: 'Features do not import the app shell.' },
          ],
        },
      ],
    },
  })),
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
