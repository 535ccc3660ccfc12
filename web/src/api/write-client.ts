/**
 * The one way the web app changes anything: same origin, a JSON body, the session's CSRF token in
 * `X-CSRF-Token` on every write (the API refuses writes without it), and the version the user edited in
 * `If-Match`. A non-2xx answer becomes an ApiProblem; a 412 keeps the record as it is now in `current`.
 */
import { CSRF_HEADER } from '@netzwerkatlas/shared'
import type { z } from 'zod'
import { problemOf } from './client.ts'

export interface WriteRequest {
  method: 'POST' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
  /** The record version the user edited (the API answers 428 to a change without it). */
  version?: number
}

/** The answer of a write: the stored record (when the route answers with one) and its version. */
export interface WriteAnswer<Record> {
  record: Record
  version: number | undefined
}

const versionOfETag = (etag: string | null): number | undefined => {
  const match = etag ? /"(\d+)"/.exec(etag) : null
  return match ? Number(match[1]) : undefined
}

export async function sendWrite<Schema extends z.ZodType>(
  request: WriteRequest,
  csrfToken: string | undefined,
  schema: Schema,
): Promise<WriteAnswer<z.output<Schema>>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  if (csrfToken !== undefined) headers[CSRF_HEADER] = csrfToken
  if (request.version !== undefined) headers['If-Match'] = `"${request.version}"`
  const response = await fetch(request.path, {
    method: request.method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    credentials: 'same-origin',
  })
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) throw problemOf(response, body)
  return { record: schema.parse(body), version: versionOfETag(response.headers.get('etag')) }
}
