/** Small helpers to call the app like a client and read problem bodies. */
import { ProblemSchema, type Problem } from '@netzwerkatlas/shared'
import { expect } from 'vitest'
import type { TestApi } from './test-api.ts'

export async function getJson<T = unknown>(
  api: TestApi,
  path: string,
  headers: Record<string, string> = {},
) {
  const response = await api.app.request(path, { headers })
  return { response, body: (await response.json()) as T }
}

/** Asserts a problem+json response with the status, and returns the parsed problem. */
export async function expectProblem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  return ProblemSchema.parse(await response.json())
}
