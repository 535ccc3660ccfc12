/**
 * Serves the built web app (web/dist) from memory, brotli- or gzip-compressed as the client accepts: hashed
 * assets are cached for a year, index.html and other unhashed files are revalidated by ETag, and any other
 * non-API path gets index.html so client-side routes survive a reload.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env.ts'
import { compressedAsset, type CompressedAsset } from './compressed-asset.ts'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
}

/** Already compressed formats gain nothing from another pass. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.geojson', '.txt', '.ico'])

interface StaticFile {
  asset: CompressedAsset
  contentType: string
  cacheControl: string
}

function readTree(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
        continue
      }
      const urlPath = `/${path.relative(root, full).split(path.sep).join('/')}`
      files.set(urlPath, {
        asset: compressedAsset(
          new Uint8Array(fs.readFileSync(full)),
          COMPRESSIBLE.has(path.extname(entry.name)),
        ),
        contentType: CONTENT_TYPES[path.extname(entry.name)] ?? 'application/octet-stream',
        // Vite puts content hashes into the names of everything under assets/.
        cacheControl: urlPath.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      })
    }
  }
  walk(root)
  return files
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Netzwerkatlas Sachsen</title></head>
<body><main><h1>Netzwerkatlas Sachsen</h1><p>Die Web-App ist nicht gebaut. Starten Sie mit <code>npm start</code>.</p>
<p>The web app is not built. Start with <code>npm start</code>.</p></main></body></html>`

export function staticWeb(distDir: string): MiddlewareHandler<AppEnv> {
  const files = fs.existsSync(path.join(distDir, 'index.html'))
    ? readTree(distDir)
    : new Map<string, StaticFile>()
  const index = files.get('/index.html')
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next()
    const file = files.get(c.req.path) ?? (path.extname(c.req.path) ? undefined : index)
    if (!file) {
      if (!index && !path.extname(c.req.path)) return c.html(NOT_BUILT_PAGE, 503)
      return next()
    }
    return file.asset.respond(c, {
      'Content-Type': file.contentType,
      'Cache-Control': file.cacheControl,
    })
  }
}
