/**
 * The interactive API documentation at /api/docs: Swagger UI served from our own origin (no CDN), so it works
 * offline and under the strict Content-Security-Policy, with our stylesheet and script for accessibility.
 * Query parameters carry their examples in the description, so "Try it out" starts with no filter set.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import type { AppEnv } from '../http/app-env.ts'
import { DOCS_ACCESSIBILITY_SCRIPT, DOCS_STYLESHEET } from './api-docs-assets.ts'

const swaggerUiDir = path.dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
)

const ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Netzwerkatlas Sachsen – API</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
    <link rel="stylesheet" href="/api/docs/overrides.css" />
  </head>
  <body>
    <main id="swagger-ui"></main>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
    <script src="/api/docs/accessibility.js"></script>
  </body>
</html>
`

// A separate file, not an inline script: the CSP allows scripts from our origin only. No deep links: they put
// a link inside each operation's toggle button (axe: nested-interactive).
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: false })\n`

export function apiDocsRoutes() {
  const assets = Object.entries(ASSETS).map(([file, contentType]) => ({
    file,
    contentType,
    bytes: new Uint8Array(fs.readFileSync(path.join(swaggerUiDir, file))),
  }))
  const docs = new Hono<AppEnv>()
    .use(compress())
    .get('/', (c) => c.html(PAGE))
    .get('/init.js', (c) =>
      c.body(INIT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
    )
    .get('/accessibility.js', (c) =>
      c.body(DOCS_ACCESSIBILITY_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
    )
    .get('/overrides.css', (c) =>
      c.body(DOCS_STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
    )
  for (const asset of assets) {
    docs.get(`/${asset.file}`, (c) =>
      c.body(asset.bytes, 200, {
        'Content-Type': asset.contentType,
        'Cache-Control': 'public, max-age=86400',
      }),
    )
  }
  return docs
}
