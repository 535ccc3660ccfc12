/**
 * A 422's errors by the JSON pointer of the field they name ("#/website", "#/contact/email"), so a form shows
 * each at its field. The first error of a field wins.
 */
import { ApiProblem } from './client.ts'

export type PointerErrors = Partial<Record<string, string>>

export function pointerErrorsOf(error: unknown): PointerErrors {
  const errors: PointerErrors = {}
  if (!(error instanceof ApiProblem) || error.problem.status !== 422) return errors
  for (const { pointer, detail } of error.problem.errors ?? []) {
    if (pointer && !errors[pointer]) errors[pointer] = detail
  }
  return errors
}
