/**
 * Every error becomes problem+json (RFC 9457) here, and only here: validation failures through `validationHook`,
 * domain outcomes through `problemResponse`, everything else through `handleError` (a generic 500, logged).
 */
import { problemTypes, type Problem, type ProblemError } from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { z } from 'zod'
import { loggableError } from '../store/loggable-error.ts'
import type { AppEnv } from './app-env.ts'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export function problemResponse(c: Context, problem: Omit<Problem, 'instance'>): Response {
  const body: Problem = { ...problem, instance: new URL(c.req.url).pathname }
  return c.body(JSON.stringify(body), problem.status as 400, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
  })
}

export const notFoundProblem = (c: Context, detail: string) =>
  problemResponse(c, { type: problemTypes.notFound, title: 'Not found', status: 404, detail })

/** A `cursor` that no page of this API handed out. */
export const invalidCursorProblem = (c: Context) =>
  problemResponse(c, {
    type: problemTypes.invalidParameter,
    title: 'A request parameter is not valid',
    status: 400,
    detail: 'Check cursor.',
    errors: [{ parameter: 'cursor', detail: 'not a cursor from this API' }],
  })

type Target = 'query' | 'param' | 'json' | 'header' | 'form' | 'cookie'

function describeIssue(issue: z.core.$ZodIssue, target: Target): ProblemError[] {
  const locate = (path: readonly PropertyKey[]): Omit<ProblemError, 'detail'> => {
    const [first] = path
    if (target === 'query' || target === 'param') return { parameter: String(first ?? '') }
    if (target === 'header') return { header: String(first ?? '') }
    return {
      pointer: `#/${path.map((segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`,
    }
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      ...locate([...issue.path, key]),
      detail: `unknown parameter "${key}"`,
    }))
  }
  return [{ ...locate(issue.path), detail: issue.message, ...reasonOf(issue) }]
}

/** The issue's code and bound, so the web app can word it in German (`detail` stays zod's English). */
function reasonOf(
  issue: z.core.$ZodIssue,
): Pick<ProblemError, 'code' | 'limit' | 'origin' | 'format'> {
  switch (issue.code) {
    case 'too_small':
      return { code: issue.code, limit: Number(issue.minimum), origin: issue.origin }
    case 'too_big':
      return { code: issue.code, limit: Number(issue.maximum), origin: issue.origin }
    case 'invalid_format':
      return { code: issue.code, format: issue.format }
    case 'invalid_type':
    case 'invalid_value':
      return { code: issue.code }
    // Refinements name their reason in `detail` (the web app knows them by it); the rest have no one bound.
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return {}
  }
}

/** The `defaultHook` of every OpenAPIHono router: a failed zod validation answers problem+json naming the field. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: Target },
  c: Context<AppEnv>,
): Response | undefined {
  if (result.success) return undefined
  const errors = result.error.issues.flatMap((issue) => describeIssue(issue, result.target))
  const isBody = result.target === 'json' || result.target === 'form'
  const names = errors.map((error) => error.parameter ?? error.header ?? error.pointer).join(', ')
  return problemResponse(c, {
    type: isBody ? problemTypes.validation : problemTypes.invalidParameter,
    title: isBody ? 'The request body is not valid' : 'A request parameter is not valid',
    status: isBody ? 422 : 400,
    detail: `Check ${names}.`,
    errors,
  })
}

export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof HTTPException && error.status < 500) {
    if (error.status === 413) {
      return problemResponse(c, {
        type: problemTypes.payloadTooLarge,
        title: 'Request body too large',
        status: 413,
      })
    }
    return problemResponse(c, {
      type: problemTypes.invalidParameter,
      title: error.message || 'Bad request',
      status: error.status,
    })
  }
  c.var.logger.error({ err: loggableError(error), requestId: c.var.requestId }, 'unhandled error')
  return problemResponse(c, {
    type: problemTypes.internal,
    title: 'Internal server error',
    status: 500,
    detail: `Something went wrong on our side. Request id: ${c.var.requestId}`,
  })
}
