/**
 * History of actors and relationships: GET /{actors|relationships}/{id}/history (who, when, field by field; for
 * the record's owners and moderators only, ADR 0014) and POST …/{id}/revert, which stores an earlier version's
 * facts as the next version (If-Match with the current version; 422 at #/version for a version it never had).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import {
  ActorSchema,
  HistoryResponseSchema,
  RelationshipSchema,
  RevertBodySchema,
  SlugSchema,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { decideActorRevert } from '../domain/contributions/actor-changes.ts'
import { historyEntries, userIdsOf } from '../domain/contributions/history-view.ts'
import { decideRelationshipRevert } from '../domain/contributions/relationship-changes.ts'
import { mayReadHistory } from '../domain/contributions/write-permissions.ts'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { actorRepository } from '../store/actor-repository.ts'
import { usersRepository } from '../store/accounts/users-repository.ts'
import { historyRepository, type HistoryEntity } from '../store/history-repository.ts'
import { relationshipRepository } from '../store/relationship-repository.ts'
import { changeActor } from './actor-writes.ts'
import { changeRelationship } from './relationship-writes.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { requireSignIn, writerOf } from './write-guard.ts'
import {
  IfMatchHeadersSchema,
  jsonBody,
  sessionSecurity,
  writeProblemResponses,
} from './write-openapi.ts'
import { refusalProblem } from './write-problems.ts'

const IdParamsSchema = z.strictObject({ id: SlugSchema })

const entities = {
  actors: { entity: 'actor', noun: 'actor', schema: ActorSchema },
  relationships: { entity: 'relationship', noun: 'relationship', schema: RelationshipSchema },
} as const

const historyRoute = (path: keyof typeof entities) =>
  createRoute({
    method: 'get',
    path: `/${path}/{id}/history`,
    tags: ['contributions'],
    summary: `History of an ${entities[path].noun}`,
    description:
      'Every change, newest first: who (the email for moderators and for your own changes, else the role), when, and what changed field by field. For the owners of the record and moderators.',
    security: sessionSecurity,
    request: { params: IdParamsSchema },
    responses: {
      200: {
        description: 'The history.',
        content: { 'application/json': { schema: HistoryResponseSchema } },
      },
      ...writeProblemResponses(401, 403, 404),
    },
  })

const revertRoute = (path: keyof typeof entities) =>
  createRoute({
    method: 'post',
    path: `/${path}/{id}/revert`,
    tags: ['contributions'],
    summary: `Restore an earlier version of an ${entities[path].noun}`,
    description:
      'Stores the facts of `version` as the next version (its status stays as it is). Needs If-Match with the current version.',
    security: sessionSecurity,
    request: {
      params: IdParamsSchema,
      headers: IfMatchHeadersSchema,
      body: jsonBody(RevertBodySchema),
    },
    responses: {
      200: {
        description: 'The record’s new version.',
        content: { 'application/json': { schema: entities[path].schema } },
      },
      ...writeProblemResponses(400, 401, 403, 404, 409, 412, 422, 428),
    },
  })

/** Whether the user owns the record: the actor, or an end of the relationship. Undefined: no such record. */
async function ownership(
  deps: WriteDependencies,
  entity: HistoryEntity,
  id: string,
  userId: string,
) {
  const db = deps.store.db
  if (entity === 'actor') {
    const actor = await actorRepository.findById(db, id)
    return actor && { owns: (await usersRepository.owns(db, userId, [id])).length > 0 }
  }
  const relationship = await relationshipRepository.findById(db, id)
  if (!relationship) return undefined
  const ends = [relationship.sourceId, relationship.targetId]
  return { owns: (await usersRepository.owns(db, userId, ends)).length > 0 }
}

async function readHistory(c: Context<AppEnv>, deps: WriteDependencies, entity: HistoryEntity) {
  const id = c.req.param('id')!
  const writer = writerOf(c)
  const found = await ownership(deps, entity, id, writer.id)
  // Permission first: who may not read the history learns nothing about the record.
  if (!mayReadHistory(writer, found?.owns ?? false))
    return refusalProblem(c, `${entity} "${id}"`, { kind: 'forbidden' })
  if (!found) return refusalProblem(c, `${entity} "${id}"`, { kind: 'not_found' })
  const changes = await historyRepository.changesOf(deps.store.db, entity, id)
  const users = await historyRepository.usersOf(deps.store.db, userIdsOf(changes))
  const entries = historyEntries(changes, users, writer)
  c.header('Cache-Control', 'no-store')
  return c.json({ id, currentVersion: entries[0]?.version ?? 1, entries }, 200)
}

export function historyRoutes(deps: WriteDependencies) {
  const signedIn = requireSignIn(deps)
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi({ ...historyRoute('actors'), middleware: [signedIn] }, (c) =>
      readHistory(c, deps, 'actor'),
    )
    .openapi({ ...historyRoute('relationships'), middleware: [signedIn] }, (c) =>
      readHistory(c, deps, 'relationship'),
    )
    .openapi({ ...revertRoute('actors'), middleware: [signedIn] }, (c) => {
      const { id } = c.req.valid('param')
      const { version } = c.req.valid('json')
      return changeActor(c, deps, id, 'revert', async (request, context) =>
        decideActorRevert(
          request,
          await historyRepository.versionOf(context.tx, 'actor', id, version),
          version,
        ),
      )
    })
    .openapi({ ...revertRoute('relationships'), middleware: [signedIn] }, (c) => {
      const { id } = c.req.valid('param')
      const { version } = c.req.valid('json')
      return changeRelationship(
        c,
        deps,
        id,
        async (request, context) =>
          decideRelationshipRevert(
            request,
            await historyRepository.versionOf(context.tx, 'relationship', id, version),
            version,
          ),
        'revert',
      )
    })
}
