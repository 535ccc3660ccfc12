/** The API's problem, turned into one message per form field (`errors[].parameter` names the field). */
import type { Problem } from '@netzwerkatlas/shared'

export type FieldErrors = Partial<Record<string, string>>

export function fieldErrorsOf(problem: Problem | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const error of problem?.errors ?? []) {
    if (error.parameter && !errors[error.parameter]) errors[error.parameter] = error.detail
  }
  return errors
}
