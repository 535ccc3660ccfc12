/**
 * Moderation for coordinators: GET /moderation/queue (pending actors with possible duplicates, pending ties),
 * POST /moderation/{actors|relationships}/{id}/accept and …/reject (with a reason), and
 * POST /moderation/actors/{id}/merge (into an existing actor, ADR 0020). Each verdict is a new version with its
 * history entry and an audit log entry, in one transaction.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import {
  ActorSchema,
  MergeBodySchema,
  MergeResponseSchema,
  RejectBodySchema,
  RelationshipSchema,
  SlugSchema,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { decideActorMerge, relationshipAfterMerge } from '../domain/contributions/actor-merge.ts'
import { decideModeration, type Verdict } from '../domain/contributions/moderation.ts'
import { changedByOf, isModerator } from '../domain/contributions/write-permissions.ts'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { actorMergeRepository } from '../store/actor-merge-repository.ts'
import { actorRepository } from '../store/actor-repository.ts'
import { auditLogRepository } from '../store/accounts/audit-log-repository.ts'
import {
  pendingActorsWithDuplicates,
  pendingRelationships,
} from '../store/moderation-repository.ts'
import { writeUnlessRejected } from '../store/rejectable-write.ts'
import { relationshipRepository } from '../store/relationship-repository.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { expectedVersion, requireSignIn, writerOf, writtenRecord } from './write-guard.ts'
import {
  IfMatchHeadersSchema,
  jsonBody,
  sessionSecurity,
  writeProblemResponses,
} from './write-openapi.ts'
import { refusalProblem, type WriteRefusal } from './write-problems.ts'

const QUEUE_LIMIT = 200

const QueueResponseSchema = z
  .object({
    actors: z.array(
      z.object({
        actor: ActorSchema,
        possibleDuplicates: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            status: z.string(),
            similarity: z.number(),
          }),
        ),
      }),
    ),
    relationships: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        confirmedBy: z.array(z.string()),
        version: z.number(),
        sourceId: z.string(),
        sourceName: z.string(),
        targetId: z.string(),
        targetName: z.string(),
      }),
    ),
  })
  .meta({ id: 'ModerationQueue' })

const queueRoute = createRoute({
  method: 'get',
  path: '/moderation/queue',
  tags: ['moderation'],
  summary: 'Pending entries',
  description:
    'Pending actors, oldest first, each with existing actors of a similar name nearby (names folded: umlauts, legal forms such as "e. V."), and pending relationships.',
  security: sessionSecurity,
  responses: {
    200: {
      description: 'The queue.',
      content: { 'application/json': { schema: QueueResponseSchema } },
    },
    ...writeProblemResponses(401, 403),
  },
})

const IdParamsSchema = z.strictObject({ id: SlugSchema })

const verdictRoute = (entity: 'actors' | 'relationships', verdict: Verdict) =>
  createRoute({
    method: 'post',
    path: `/moderation/${entity}/{id}/${verdict}`,
    tags: ['moderation'],
    summary: `${verdict === 'accept' ? 'Accept' : 'Reject'} a pending ${entity === 'actors' ? 'actor' : 'relationship'}`,
    security: sessionSecurity,
    request: {
      params: IdParamsSchema,
      headers: IfMatchHeadersSchema,
      ...(verdict === 'reject' ? { body: jsonBody(RejectBodySchema) } : {}),
    },
    responses: {
      200: {
        description: 'The entry’s new version.',
        content: {
          'application/json': { schema: entity === 'actors' ? ActorSchema : RelationshipSchema },
        },
      },
      ...writeProblemResponses(400, 401, 403, 404, 409, 412, 422, 428),
    },
  })

const mergeRoute = createRoute({
  method: 'post',
  path: '/moderation/actors/{id}/merge',
  tags: ['moderation'],
  summary: 'Merge a pending actor into an existing one',
  description:
    'For a duplicate: the pending entry’s relationships move to `into` (that side’s confirmation is dropped; a tie between the two is withdrawn), the entry is archived pointing at `into`, and both histories record the merge, in one transaction. If-Match: the pending entry’s version.',
  security: sessionSecurity,
  request: {
    params: IdParamsSchema,
    headers: IfMatchHeadersSchema,
    body: jsonBody(MergeBodySchema),
  },
  responses: {
    200: {
      description: 'Both actors and the moved relationships.',
      content: { 'application/json': { schema: MergeResponseSchema } },
    },
    ...writeProblemResponses(400, 401, 403, 404, 409, 412, 422, 428),
  },
})

async function merge(c: Context<AppEnv>, deps: WriteDependencies) {
  const version = expectedVersion(c)
  if (version instanceof Response) return version
  const writer = writerOf(c)
  const id = c.req.param('id')!
  const { into: intoId, transferOwners } = MergeBodySchema.parse(await c.req.json())
  const written = await writeUnlessRejected(
    deps.store,
    changedByOf(writer),
    async (context, reject: (refusal: WriteRefusal) => never) => {
      const merged = await actorRepository.lock(context, id)
      if (!merged) return reject({ kind: 'not_found' })
      const into = intoId === id ? merged : await actorRepository.lock(context, intoId)
      const decision = decideActorMerge(writer, merged.actor, into?.actor, version)
      if (decision.kind !== 'merge') return reject(decision)
      const relationships = []
      for (const relationshipId of await actorMergeRepository.relationshipIdsOf(context.tx, id)) {
        const locked = (await relationshipRepository.lock(context, relationshipId))!
        const next = relationshipAfterMerge(locked.relationship, id, intoId)
        relationships.push(
          await relationshipRepository.change(context, next, locked.before, 'merge'),
        )
      }
      if (transferOwners) await actorMergeRepository.copyOwners(context, id, intoId)
      const result = {
        merged: await actorMergeRepository.archiveAsMerged(context, id, intoId, merged.before),
        into: await actorMergeRepository.recordMergeInto(context, intoId, into!.before),
        relationships,
      }
      await auditLogRepository.append(context.tx, {
        actorUserId: writer.id,
        actorLabel: changedByOf(writer),
        action: 'merge',
        subjectType: 'actor',
        subjectId: id,
        detail: { into: intoId, transferOwners, relationships: relationships.map((r) => r.id) },
      })
      return result
    },
  )
  if (written.kind === 'rejected')
    return refusalProblem(c, `pending entry "${id}"`, written.outcome)
  await deps.indexRefresher.refreshTo(written.dataVersion)
  c.header('Cache-Control', 'no-store')
  return c.json(written.result, 200)
}

async function moderate(
  c: Context<AppEnv>,
  deps: WriteDependencies,
  entity: 'actors' | 'relationships',
  verdict: Verdict,
  reason: string | null,
) {
  const version = expectedVersion(c)
  if (version instanceof Response) return version
  const writer = writerOf(c)
  const id = c.req.param('id')!
  const repository = entity === 'actors' ? actorRepository : relationshipRepository
  const written = await writeUnlessRejected<{ version: number }, WriteRefusal>(
    deps.store,
    changedByOf(writer),
    async (context, reject) => {
      const locked =
        entity === 'actors'
          ? await actorRepository
              .lock(context, id)
              .then((l) => l && { current: l.actor, before: l.before })
          : await relationshipRepository
              .lock(context, id)
              .then((l) => l && { current: l.relationship, before: l.before })
      if (!locked) return reject({ kind: 'not_found' })
      const decision = decideModeration(writer, locked.current, version, verdict)
      if (decision.kind !== 'change') return reject(decision)
      const { createdAt: _c, updatedAt: _u, version: _v, ...facts } = locked.current
      const next = { ...facts, status: decision.status }
      const stored =
        repository === actorRepository
          ? await actorRepository.change(context, next as never, locked.before, verdict)
          : await relationshipRepository.change(context, next as never, locked.before, verdict)
      await auditLogRepository.append(context.tx, {
        actorUserId: writer.id,
        actorLabel: changedByOf(writer),
        action: verdict,
        subjectType: entity === 'actors' ? 'actor' : 'relationship',
        subjectId: id,
        detail: reason ? { reason } : {},
      })
      return stored
    },
  )
  if (written.kind === 'rejected')
    return refusalProblem(c, `pending entry "${id}"`, written.outcome)
  return writtenRecord(c, deps, written.dataVersion, written.result)
}

export function moderationRoutes(deps: WriteDependencies) {
  const signedIn = requireSignIn(deps)
  const router = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
    { ...queueRoute, middleware: [signedIn] },
    async (c) => {
      if (!isModerator(writerOf(c))) return refusalProblem(c, 'queue', { kind: 'forbidden' })
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          actors: await pendingActorsWithDuplicates(deps.store.db, QUEUE_LIMIT),
          relationships: await pendingRelationships(deps.store.db, QUEUE_LIMIT),
        },
        200,
      )
    },
  )
  router.openapi({ ...mergeRoute, middleware: [signedIn] }, (c) => merge(c, deps))
  for (const entity of ['actors', 'relationships'] as const) {
    router.openapi({ ...verdictRoute(entity, 'accept'), middleware: [signedIn] }, (c) =>
      moderate(c, deps, entity, 'accept', null),
    )
    router.openapi({ ...verdictRoute(entity, 'reject'), middleware: [signedIn] }, async (c) => {
      const { reason } = await c.req.json<{ reason: string }>()
      return moderate(c, deps, entity, 'reject', reason)
    })
  }
  return router
}
