/**
 * A 422's errors by the JSON pointer of the field they name ("#/website", "#/contact/email"), so a form shows
 * each at its field. The first error of a field wins.
 */
import type { ProblemError } from '@netzwerkatlas/shared'
import { ApiProblem } from './client.ts'

export type PointerErrors = Partial<Record<string, string>>

/** The whole error per pointer: its `code` and `limit` let a form say it in German (field-error-text.ts). */
export function pointerProblemsOf(error: unknown): Partial<Record<string, ProblemError>> {
  const errors: Partial<Record<string, ProblemError>> = {}
  if (!(error instanceof ApiProblem) || error.problem.status !== 422) return errors
  for (const problemError of error.problem.errors ?? []) {
    const { pointer } = problemError
    if (pointer && !errors[pointer]) errors[pointer] = problemError
  }
  return errors
}

export function pointerErrorsOf(error: unknown): PointerErrors {
  return Object.fromEntries(
    Object.entries(pointerProblemsOf(error)).map(([pointer, problem]) => [
      pointer,
      problem?.detail,
    ]),
  )
}
