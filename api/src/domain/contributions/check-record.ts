/** Validates the record a write would store with its shared schema; each issue names its field by JSON pointer. */
import type { ProblemError } from '@netzwerkatlas/shared'
import type { z } from 'zod'

const pointerOf = (path: readonly PropertyKey[]): string =>
  `#/${path.map((segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`

export function checkRecord<Schema extends z.ZodType>(
  schema: Schema,
  candidate: z.input<Schema>,
): { kind: 'invalid'; errors: ProblemError[] } | { kind: 'change'; next: z.output<Schema> } {
  const parsed = schema.safeParse(candidate)
  if (parsed.success) return { kind: 'change', next: parsed.data }
  return {
    kind: 'invalid',
    errors: parsed.error.issues.map((issue) => ({
      pointer: pointerOf(issue.path),
      detail: issue.message,
    })),
  }
}
