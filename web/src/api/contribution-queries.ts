/**
 * Queries only a signed-in user may make: my entries, a record's history, the moderation queue, the audit log. All keys start
 * with "my", so signing out removes every one of them at once.
 */
import {
  ActorSchema,
  AuditLogResponseSchema,
  HistoryResponseSchema,
  MyEntriesResponseSchema,
  RelationshipSchema,
} from '@netzwerkatlas/shared'
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { getJson } from './client.ts'

export type HistoryEntity = 'actors' | 'relationships'

export const myKeys = {
  all: ['my'] as const,
  entries: () => [...myKeys.all, 'entries'] as const,
  history: (entity: HistoryEntity, id: string) => [...myKeys.all, 'history', entity, id] as const,
  moderation: () => [...myKeys.all, 'moderation'] as const,
}

export function myEntriesQuery() {
  return queryOptions({
    queryKey: myKeys.entries(),
    queryFn: ({ signal }) => getJson('/api/my/entries', MyEntriesResponseSchema, signal),
    staleTime: 0,
  })
}

export function historyQuery(entity: HistoryEntity, id: string) {
  return queryOptions({
    queryKey: myKeys.history(entity, id),
    queryFn: ({ signal }) =>
      getJson(`/api/${entity}/${encodeURIComponent(id)}/history`, HistoryResponseSchema, signal),
    staleTime: 0,
    retry: false,
  })
}

const ModerationQueueSchema = z.object({
  actors: z.array(
    z.object({
      actor: ActorSchema,
      possibleDuplicates: z.array(
        z.object({ id: z.string(), name: z.string(), status: z.string(), similarity: z.number() }),
      ),
    }),
  ),
  relationships: z.array(
    RelationshipSchema.pick({ id: true, type: true, confirmedBy: true, version: true }).extend({
      sourceId: z.string(),
      sourceName: z.string(),
      targetId: z.string(),
      targetName: z.string(),
    }),
  ),
})
export type ModerationQueue = z.infer<typeof ModerationQueueSchema>

export function moderationQueueQuery() {
  return queryOptions({
    queryKey: myKeys.moderation(),
    queryFn: ({ signal }) => getJson('/api/moderation/queue', ModerationQueueSchema, signal),
    staleTime: 0,
    retry: false,
  })
}

/** One page of the audit log (admins only), newest first; `before` is the previous page's `nextBefore`. */
export function auditLogQuery(before: number | undefined) {
  return queryOptions({
    queryKey: [...myKeys.all, 'audit-log', before ?? null] as const,
    queryFn: ({ signal }) =>
      getJson(
        `/api/admin/audit-log${before === undefined ? '' : `?before=${before}`}`,
        AuditLogResponseSchema,
        signal,
      ),
    staleTime: 0,
    retry: false,
  })
}
