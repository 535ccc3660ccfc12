/**
 * Writes of relationships: POST /relationships (a proposal from an actor's owner, or a coordinator's entry),
 * PATCH /relationships/{id}, and /archive (withdraw), /restore, /confirm. Same transaction rules as actors.
 */
import { randomBytes } from 'node:crypto'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import {
  RelationshipCreateBodySchema,
  RelationshipPatchBodySchema,
  RelationshipSchema,
  SlugSchema,
  type Relationship,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import {
  decideRelationshipArchive,
  decideRelationshipConfirm,
  decideRelationshipPatch,
  decideRelationshipRestore,
  relationshipFromCreateBody,
  type RelationshipDecision,
} from '../domain/contributions/relationship-changes.ts'
import { recordIdFrom } from '../domain/contributions/record-id.ts'
import { changedByOf } from '../domain/contributions/write-permissions.ts'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { actorRepository } from '../store/actor-repository.ts'
import { usersRepository } from '../store/accounts/users-repository.ts'
import { contributionProvenance, ensureContributionDataset } from '../store/contribution-dataset.ts'
import { writeUnlessRejected } from '../store/rejectable-write.ts'
import { relationshipRepository } from '../store/relationship-repository.ts'
import type { WriteContext } from '../store/write-context.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { expectedVersion, requireSignIn, writerOf, writtenRecord } from './write-guard.ts'
import {
  IfMatchHeadersSchema,
  jsonBody,
  sessionSecurity,
  writeProblemResponses,
} from './write-openapi.ts'
import { refusalProblem } from './write-problems.ts'

const RelationshipIdParamsSchema = z.strictObject({ id: SlugSchema })

const relationshipResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: RelationshipSchema } },
  headers: {
    ETag: { description: 'The record version, for If-Match.', schema: { type: 'string' as const } },
  },
})

type Rejection = Exclude<RelationshipDecision, { kind: 'change' }> | { kind: 'not_found' }
type Decide = (
  request: Parameters<typeof decideRelationshipArchive>[0],
  context: WriteContext,
) => RelationshipDecision | Promise<RelationshipDecision>

const actionOfPath = (path: string) =>
  path.endsWith('/archive') ? 'archive' : path.endsWith('/restore') ? 'restore' : 'update'

/** Locks the relationship, decides and stores, as changeActor does for actors. */
export async function changeRelationship(
  c: Context<AppEnv>,
  deps: WriteDependencies,
  id: string,
  decide: Decide,
  action: 'update' | 'archive' | 'restore' | 'revert' = actionOfPath(c.req.path),
) {
  const version = expectedVersion(c)
  if (version instanceof Response) return version
  const writer = writerOf(c)
  const written = await writeUnlessRejected<Relationship, Rejection>(
    deps.store,
    changedByOf(writer),
    async (context, reject) => {
      const locked = await relationshipRepository.lock(context, id)
      if (!locked) return reject({ kind: 'not_found' })
      const { sourceId, targetId } = locked.relationship
      const ownedActorIds = await usersRepository.owns(context.tx, writer.id, [sourceId, targetId])
      const decision = await decide(
        { writer, ownedActorIds, current: locked.relationship, expectedVersion: version },
        context,
      )
      if (decision.kind !== 'change') return reject(decision)
      return relationshipRepository.change(context, decision.next, locked.before, action)
    },
  )
  if (written.kind === 'rejected') return refusalProblem(c, `relationship "${id}"`, written.outcome)
  return writtenRecord(c, deps, written.dataVersion, written.result)
}

const createRelationshipRoute = createRoute({
  method: 'post',
  path: '/relationships',
  tags: ['contributions'],
  summary: 'Propose a relationship',
  description:
    'From an actor you own: pending until a coordinator accepts it, confirmed by your side; the other side confirms it with /confirm. A coordinator’s entry is published at once.',
  security: sessionSecurity,
  request: { body: jsonBody(RelationshipCreateBodySchema) },
  responses: {
    201: relationshipResponse('The stored relationship.'),
    ...writeProblemResponses(400, 401, 403, 413, 422),
  },
})

const patchRelationshipRoute = createRoute({
  method: 'patch',
  path: '/relationships/{id}',
  tags: ['contributions'],
  summary: 'Change a relationship',
  description: 'Replaces the fields the body names. Needs If-Match with the version you edited.',
  security: sessionSecurity,
  request: {
    params: RelationshipIdParamsSchema,
    headers: IfMatchHeadersSchema,
    body: jsonBody(RelationshipPatchBodySchema),
  },
  responses: {
    200: relationshipResponse('The relationship’s new version.'),
    ...writeProblemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
})

const stepRoute = (step: 'archive' | 'restore' | 'confirm', summary: string) =>
  createRoute({
    method: 'post',
    path: `/relationships/{id}/${step}`,
    tags: ['contributions'],
    summary,
    security: sessionSecurity,
    request: { params: RelationshipIdParamsSchema, headers: IfMatchHeadersSchema },
    responses: {
      200: relationshipResponse('The relationship’s new version.'),
      ...writeProblemResponses(400, 401, 403, 404, 409, 412, 428),
    },
  })

const archiveRoute = stepRoute('archive', 'Withdraw a relationship (either side)')
const restoreRoute = stepRoute('restore', 'Restore a withdrawn relationship')
const confirmRoute = stepRoute('confirm', 'Confirm a relationship for your side')

export function relationshipWriteRoutes(deps: WriteDependencies) {
  const signedIn = requireSignIn(deps)
  const change = (decide: Decide) => (c: Context<AppEnv>) =>
    changeRelationship(c, deps, c.req.param('id')!, decide)
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi({ ...createRelationshipRoute, middleware: [signedIn] }, async (c) => {
      const body = c.req.valid('json')
      const writer = writerOf(c)
      const id = recordIdFrom(`${body.sourceId}-${body.type}`, randomBytes(3).toString('hex'))
      const written = await writeUnlessRejected<Relationship, Rejection>(
        deps.store,
        changedByOf(writer),
        async (context, reject) => {
          const ends = [body.sourceId, body.targetId]
          const ownedActorIds = await usersRepository.owns(context.tx, writer.id, ends)
          const missingEnds: ('sourceId' | 'targetId')[] = []
          for (const end of ['sourceId', 'targetId'] as const) {
            const actor = await actorRepository.findById(context.tx, body[end])
            if (!actor || actor.status === 'archived') missingEnds.push(end)
          }
          const decision = relationshipFromCreateBody(body, {
            id,
            writer,
            ownedActorIds,
            missingEnds,
            provenance: contributionProvenance(),
          })
          if (decision.kind !== 'change') return reject(decision)
          await ensureContributionDataset(context.tx)
          await relationshipRepository.insertMany(context, [decision.next])
          return (await relationshipRepository.findById(context.tx, id))!
        },
      )
      if (written.kind === 'rejected')
        return refusalProblem(c, 'such relationship', written.outcome)
      c.header('Location', `/api/relationships/${id}`)
      return writtenRecord(c, deps, written.dataVersion, written.result, 201)
    })
    .openapi({ ...patchRelationshipRoute, middleware: [signedIn] }, (c) => {
      const patch = c.req.valid('json')
      return change((request) => decideRelationshipPatch(request, patch))(c)
    })
    .openapi({ ...archiveRoute, middleware: [signedIn] }, change(decideRelationshipArchive))
    .openapi({ ...restoreRoute, middleware: [signedIn] }, change(decideRelationshipRestore))
    .openapi({ ...confirmRoute, middleware: [signedIn] }, change(decideRelationshipConfirm))
}
