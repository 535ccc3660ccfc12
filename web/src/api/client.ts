/**
 * The one way the web app calls the API: same origin, JSON parsed with the shared zod schemas, and every
 * non-2xx turned into an ApiProblem parsed with ProblemSchema (no shape sniffing).
 */
import { ProblemSchema, type Problem } from '@netzwerkatlas/shared'
import type { z } from 'zod'

/**
 * A non-2xx answer: the problem's `detail` says what went wrong, in words a person can act on. `current` is the
 * record as it is now, which a 412 (stale If-Match) carries beside the problem fields.
 */
export class ApiProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly current?: unknown,
    /** From `Retry-After` (429): how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiProblem'
  }
}

/** The ApiProblem of a non-2xx response whose body has been read. */
export function problemOf(response: Response, body: unknown): ApiProblem {
  const problem = ProblemSchema.safeParse(body)
  const current =
    typeof body === 'object' && body !== null && 'current' in body ? body.current : undefined
  return new ApiProblem(
    problem.success
      ? problem.data
      : { type: 'about:blank', title: response.statusText, status: response.status },
    current,
    Number(response.headers.get('retry-after')) || undefined,
  )
}

export async function getJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.output<Schema>> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw problemOf(response, body)
  return schema.parse(body)
}

/** Query string of the given parameters, leaving out the absent ones. */
export function queryString(parameters: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== '') search.set(key, value)
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
