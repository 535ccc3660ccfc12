/**
 * WARNING: autocannon 9 appends every response body chunk to a string (`req.body += data` in
 * lib/pipelinedRequestsQueue.js), which UTF-8-decodes the bytes. For a brotli body of ~116 KB that decoding
 * capped the client at ~600 req/s while the server sat at ~10% CPU, so API and baseline measured the same
 * client limit. We never check bodies (no expectBody/verifyBody), so we turn that accumulation off.
 * Byte counts are unaffected: they are counted separately.
 */
import { createRequire } from 'node:module'

interface QueuePrototype {
  addBody?: (data: Buffer) => void
}

export function disableBodyAccumulation(): void {
  const require = createRequire(import.meta.url)
  const queue = require('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: QueuePrototype }
  if (typeof queue.prototype.addBody !== 'function') {
    throw new Error('autocannon internals changed: re-check autocannon-body-patch.ts')
  }
  queue.prototype.addBody = () => undefined
}
