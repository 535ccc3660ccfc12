/**
 * A raw GET with node:http: the body exactly as sent (no decompression, unlike fetch), so the baseline can
 * serve the very same bytes.
 */
import http, { type IncomingHttpHeaders } from 'node:http'

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

export function httpGet(
  url: string,
  headers: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // agent: false → a fresh connection that closes afterwards, so no keep-alive socket delays a shutdown.
    const request = http.get(url, { headers, agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      )
    })
    request.on('timeout', () => request.destroy(new Error(`GET ${url} timed out`)))
    request.on('error', reject)
  })
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await httpGet(url)
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
  return JSON.parse(response.body.toString('utf8')) as T
}
