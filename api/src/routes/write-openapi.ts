/** OpenAPI pieces the write routes share: the If-Match header, the session cookie, and their problem answers. */
import { z } from '@hono/zod-openapi'
import { ProblemSchema } from '@netzwerkatlas/shared'
import { PROBLEM_CONTENT_TYPE } from '../http/problem.ts'

export const IfMatchHeadersSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({ description: 'The version you edited, e.g. "3" (required; 428 without it).' }),
})

const writeProblemDescriptions = {
  400: 'The body is not JSON, or a header is not valid.',
  401: 'Not signed in.',
  403: 'Not allowed for this user, a cross-site request, or X-CSRF-Token missing.',
  404: 'No such record.',
  409: 'Not possible in the record’s current state.',
  412: 'If-Match is stale: `current` holds the record as it is now.',
  413: 'Body too large.',
  422: 'The body is not valid: `errors[].pointer` names each field (JSON pointer).',
  428: 'If-Match is missing.',
  429: 'Too many attempts; see Retry-After.',
} as const

/**
 * The problem answers of a write route. The 500 entry names no schema (its body is the generic problem), which
 * also lets handlers return the plain Responses that http/problem.ts builds.
 */
export function writeProblemResponses<Status extends keyof typeof writeProblemDescriptions>(
  ...statuses: Status[]
) {
  const problems = Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: writeProblemDescriptions[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  ) as unknown as Record<
    Status,
    { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } } }
  >
  return {
    ...problems,
    500: { description: 'Unexpected error; the problem carries a request id to report.' },
  }
}

export const jsonBody = <Schema extends z.ZodType>(schema: Schema) => ({
  required: true,
  content: { 'application/json': { schema } },
})

/** Cookie-authenticated writes: document the session cookie and the CSRF header once per route. */
export const sessionSecurity = [{ session: [] }]
