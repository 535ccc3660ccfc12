/** Only published records are public: asking for others needs a moderator, and there are no accounts yet. */
import { problemTypes, type RecordStatus } from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { isPublicStatus } from '../domain/visibility/public-view.ts'
import type { AppEnv } from '../http/app-env.ts'
import { problemResponse } from '../http/problem.ts'

export function forbiddenStatusProblem(
  c: Context<AppEnv>,
  statuses: readonly RecordStatus[] | undefined,
): Response | undefined {
  const hidden = statuses?.filter((status) => !isPublicStatus(status)) ?? []
  if (hidden.length === 0) return undefined
  return problemResponse(c, {
    type: problemTypes.forbidden,
    title: 'Not allowed',
    status: 403,
    detail: 'Archived and pending records are visible to moderators only.',
    errors: [
      { parameter: 'status', detail: `status ${hidden.join(', ')} is visible to moderators only` },
    ],
  })
}
