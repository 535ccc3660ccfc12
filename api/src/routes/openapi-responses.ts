/** Response entries the route definitions share: problem bodies and "not modified". */
import { ProblemSchema } from '@netzwerkatlas/shared'
import { PROBLEM_CONTENT_TYPE } from '../http/problem.ts'

const problemDescriptions = {
  400: 'A parameter is unknown or not valid; `errors[].parameter` names it.',
  403: 'Not allowed for this user.',
  404: 'No such record.',
  500: 'Unexpected error; the response carries a request id to report.',
} as const

export function problemResponses<Status extends keyof typeof problemDescriptions>(
  ...statuses: Status[]
) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: problemDescriptions[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  ) as unknown as Record<
    Status,
    { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } } }
  >
}

export const notModifiedResponse = {
  304: { description: 'Not modified: the data version in `If-None-Match` is current.' },
} as const

export const versionedHeaders = {
  headers: {
    ETag: {
      description: 'The data version the body was derived from.',
      schema: { type: 'string' as const },
    },
  },
}
