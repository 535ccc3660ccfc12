/** The answers a write can get besides success, as problem+json: 401, 403, 409, 412 (with `current`), 422, 428. */
import { problemTypes, writeProblemTypes, type ProblemError } from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { PROBLEM_CONTENT_TYPE, problemResponse } from '../http/problem.ts'

export const unauthorizedProblem = (c: Context) =>
  problemResponse(c, {
    type: writeProblemTypes.unauthorized,
    title: 'Not signed in',
    status: 401,
    detail: 'Sign in to change entries.',
  })

export const forbiddenProblem = (c: Context, detail: string) =>
  problemResponse(c, { type: problemTypes.forbidden, title: 'Not allowed', status: 403, detail })

export const csrfProblem = (c: Context, detail: string) =>
  problemResponse(c, {
    type: writeProblemTypes.csrf,
    title: 'Request not accepted',
    status: 403,
    detail,
    errors: [{ header: 'X-CSRF-Token', detail }],
  })

export const preconditionRequiredProblem = (c: Context) =>
  problemResponse(c, {
    type: writeProblemTypes.preconditionRequired,
    title: 'If-Match required',
    status: 428,
    detail: 'Send the version you edited in If-Match, e.g. If-Match: "3".',
    errors: [{ header: 'If-Match', detail: 'missing' }],
  })

export const malformedIfMatchProblem = (c: Context) =>
  problemResponse(c, {
    type: problemTypes.invalidParameter,
    title: 'A request header is not valid',
    status: 400,
    detail: 'If-Match must be a version, e.g. "3".',
    errors: [{ header: 'If-Match', detail: 'not a version' }],
  })

/** 412 with the record as it is now, so the client can show what changed and try again. */
function versionConflictProblem(c: Context, current: { version: number }) {
  const body = {
    type: writeProblemTypes.preconditionFailed,
    title: 'Changed meanwhile',
    status: 412,
    detail: `The record is at version ${current.version} now; merge your changes into it and send again.`,
    instance: new URL(c.req.url).pathname,
    errors: [{ header: 'If-Match', detail: `stale; current version is ${current.version}` }],
    current,
  }
  return c.body(JSON.stringify(body), 412, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    ETag: `"${current.version}"`,
  })
}

export const invalidRecordProblem = (c: Context, errors: ProblemError[]) =>
  problemResponse(c, {
    type: problemTypes.validation,
    title: 'The request body is not valid',
    status: 422,
    detail: `Check ${errors.map((error) => error.pointer).join(', ')}.`,
    errors,
  })

const wrongStateProblem = (c: Context, detail: string) =>
  problemResponse(c, { type: '/problems/conflict', title: 'Not possible now', status: 409, detail })

/** Why a write was refused, as the domain decided it (or the record was not there). */
export type WriteRefusal =
  | { kind: 'not_found' }
  | { kind: 'forbidden' }
  | { kind: 'version_conflict'; current: { version: number } }
  | { kind: 'invalid'; errors: ProblemError[] }
  | { kind: 'wrong_state'; detail: string }

export function refusalProblem(c: Context, what: string, refusal: WriteRefusal): Response {
  switch (refusal.kind) {
    case 'not_found':
      return problemResponse(c, {
        type: problemTypes.notFound,
        title: 'Not found',
        status: 404,
        detail: `There is no ${what}.`,
      })
    case 'forbidden':
      return forbiddenProblem(c, 'You may change only entries of the actors you own.')
    case 'version_conflict':
      return versionConflictProblem(c, refusal.current)
    case 'invalid':
      return invalidRecordProblem(c, refusal.errors)
    case 'wrong_state':
      return wrongStateProblem(c, refusal.detail)
  }
}
