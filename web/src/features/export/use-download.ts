/**
 * Downloads an export with progress: the body is read chunk by chunk, then saved under the name the server gives
 * (it states the data version). A streamed export has no Content-Length; the server's `X-Estimated-Bytes` (the
 * uncompressed size, estimated from samples; the bundle has none) turns the bytes received into a percentage.
 */
import { ProblemSchema } from '@netzwerkatlas/shared'
import { useCallback, useRef, useState } from 'react'

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; bytes: number; expectedBytes?: number }
  | { phase: 'done'; bytes: number; name: string }
  | { phase: 'failed'; detail: string }
  | { phase: 'cancelled' }

function fileNameOf(response: Response): string {
  const disposition = response.headers.get('Content-Disposition') ?? ''
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'netzwerkatlas-export'
}

async function problemDetail(response: Response): Promise<string> {
  const problem = ProblemSchema.safeParse(await response.json().catch(() => null))
  return problem.success ? (problem.data.detail ?? problem.data.title) : response.statusText
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // The click has handed the blob to the browser's download; let it go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function useDownload() {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)

  const start = useCallback(async (url: string) => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setState({ phase: 'running', bytes: 0 })
    try {
      const response = await fetch(url, { signal: abort.signal })
      if (!response.ok || !response.body) {
        setState({ phase: 'failed', detail: await problemDetail(response) })
        return
      }
      const estimate = Number(response.headers.get('X-Estimated-Bytes'))
      const expectedBytes = estimate > 0 ? estimate : undefined
      const reader = response.body.getReader()
      const parts: Uint8Array<ArrayBuffer>[] = []
      let bytes = 0
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        parts.push(value)
        bytes += value.byteLength
        setState({ phase: 'running', bytes, expectedBytes })
      }
      const name = fileNameOf(response)
      save(new Blob(parts, { type: response.headers.get('Content-Type') ?? '' }), name)
      setState({ phase: 'done', bytes, name })
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: 'cancelled' })
      else
        setState({
          phase: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        })
    }
  }, [])

  const cancel = useCallback(() => controller.current?.abort(), [])
  return { state, start, cancel }
}
