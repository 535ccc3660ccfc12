/**
 * For a route whose answer never changes while the process runs (the OpenAPI document): the first answer is
 * kept and every later one served from it, compressed and with an ETag, instead of being generated again.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env.ts'
import { compressedAsset, type CompressedAsset } from './compressed-asset.ts'

export function fixedDocument(): MiddlewareHandler<AppEnv> {
  let kept: { asset: CompressedAsset; contentType: string } | undefined
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    const respond = (document: NonNullable<typeof kept>) =>
      document.asset.respond(c, {
        'Content-Type': document.contentType,
        'Cache-Control': 'no-cache',
      })
    if (kept) return respond(kept)
    await next()
    if (c.res.status !== 200) return
    const contentType = c.res.headers.get('Content-Type') ?? 'application/json'
    kept = { asset: compressedAsset(new Uint8Array(await c.res.arrayBuffer()), true), contentType }
    // The handler's response is finished; replacing it keeps the headers middleware set on it.
    c.res = await respond(kept)
  }
}
