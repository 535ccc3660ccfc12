/**
 * Writes of actors: POST /actors, PATCH /actors/{id}, POST /actors/{id}/archive and /restore. Each runs in one
 * transaction that locks the actor, checks owner and version (domain/contributions), stores the next version
 * with its history entry and commits, or rolls back entirely; the answer waits until reads serve it.
 */
import { randomBytes } from 'node:crypto'
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import {
  ActorCreateBodySchema,
  ActorIdParamsSchema,
  ActorPatchBodySchema,
  ActorSchema,
  type Actor,
} from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import {
  actorFromCreateBody,
  decideActorArchive,
  decideActorPatch,
  decideActorRestore,
  type ActorDecision,
} from '../domain/contributions/actor-changes.ts'
import { recordIdFrom } from '../domain/contributions/record-id.ts'
import { changedByOf } from '../domain/contributions/write-permissions.ts'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { actorMergeRepository } from '../store/actor-merge-repository.ts'
import { actorRepository } from '../store/actor-repository.ts'
import { contactConsentsRepository } from '../store/accounts/contact-consents-repository.ts'
import { usersRepository } from '../store/accounts/users-repository.ts'
import { contributionProvenance, ensureContributionDataset } from '../store/contribution-dataset.ts'
import { writeUnlessRejected } from '../store/rejectable-write.ts'
import type { WriteContext } from '../store/write-context.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { expectedVersion, requireSignIn, writerOf, writtenRecord } from './write-guard.ts'
import {
  IfMatchHeadersSchema,
  jsonBody,
  sessionSecurity,
  writeProblemResponses,
} from './write-openapi.ts'
import { invalidRecordProblem, refusalProblem } from './write-problems.ts'

const actorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ActorSchema } },
  headers: {
    ETag: { description: 'The record version, for If-Match.', schema: { type: 'string' as const } },
  },
})

type Rejection = Exclude<ActorDecision, { kind: 'change' }> | { kind: 'not_found' }

/**
 * Locks the actor, decides, and stores the decision's record: the steps every change of an actor shares. `decide`
 * may read more inside the transaction (a revert reads the earlier version).
 */
export async function changeActor(
  c: Context<AppEnv>,
  deps: WriteDependencies,
  id: string,
  action: 'update' | 'archive' | 'restore' | 'revert',
  decide: (
    request: Parameters<typeof decideActorArchive>[0],
    context: WriteContext,
  ) => ActorDecision | Promise<ActorDecision>,
) {
  const version = expectedVersion(c)
  if (version instanceof Response) return version
  const writer = writerOf(c)
  const written = await writeUnlessRejected<Actor, Rejection>(
    deps.store,
    changedByOf(writer),
    async (context, reject) => {
      const locked = await actorRepository.lock(context, id)
      if (!locked) return reject({ kind: 'not_found' })
      const ownsActor = (await usersRepository.owns(context.tx, writer.id, [id])).length > 0
      const decision = await decide(
        { writer, ownsActor, current: locked.actor, expectedVersion: version },
        context,
      )
      if (decision.kind !== 'change') return reject(decision)
      const changed = await actorRepository.change(context, decision.next, locked.before, action)
      await contactConsentsRepository.apply(
        context,
        id,
        decision.contactConsent ?? { kind: 'keep' },
        { userId: writer.id, before: locked.actor.contact, after: changed.contact },
      )
      return changed
    },
  )
  if (written.kind === 'rejected') return refusalProblem(c, `actor "${id}"`, written.outcome)
  return writtenRecord(c, deps, written.dataVersion, written.result)
}

/**
 * A merged entry lives on in the actor it was merged into (its ties moved there): restoring it would publish a
 * duplicate without its ties. It stays archived; the history keeps it.
 */
async function decideRestoreUnlessMerged(
  request: Parameters<typeof decideActorRestore>[0],
  context: WriteContext,
): Promise<ActorDecision> {
  const into = await actorMergeRepository.mergedInto(context.tx, request.current.id)
  if (into === null) return decideActorRestore(request)
  return {
    kind: 'wrong_state',
    detail: `This entry was merged into actor "${into}"; edit that one instead.`,
  }
}

const createActorRoute = createRoute({
  method: 'post',
  path: '/actors',
  tags: ['contributions'],
  summary: 'Create an actor',
  description:
    'A new entry. An actor-role user owns it and it is pending (invisible to the public) until a coordinator accepts it; a coordinator’s entry is published at once. A contact (email or phone) needs contact.consent (ADR 0027), else 422 at #/contact/consent.',
  security: sessionSecurity,
  request: { body: jsonBody(ActorCreateBodySchema) },
  responses: {
    201: actorResponse('The stored actor.'),
    ...writeProblemResponses(400, 401, 403, 413, 422),
  },
})

const patchActorRoute = createRoute({
  method: 'patch',
  path: '/actors/{id}',
  tags: ['contributions'],
  summary: 'Change an actor',
  description:
    'Replaces the fields the body names. Needs If-Match with the version you edited. A contact that differs from the stored one needs contact.consent (ADR 0027), else 422 at #/contact/consent; removing the contact ends its consent.',
  security: sessionSecurity,
  request: {
    params: ActorIdParamsSchema,
    headers: IfMatchHeadersSchema,
    body: jsonBody(ActorPatchBodySchema),
  },
  responses: {
    200: actorResponse('The actor’s new version.'),
    ...writeProblemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
})

const statusRoute = (action: 'archive' | 'restore', summary: string, description: string) =>
  createRoute({
    method: 'post',
    path: `/actors/{id}/${action}`,
    tags: ['contributions'],
    summary,
    description,
    security: sessionSecurity,
    request: { params: ActorIdParamsSchema, headers: IfMatchHeadersSchema },
    responses: {
      200: actorResponse('The actor’s new version.'),
      ...writeProblemResponses(400, 401, 403, 404, 409, 412, 428),
    },
  })

const archiveActorRoute = statusRoute(
  'archive',
  'Archive an actor',
  'Hides the entry from the public; its history stays and it can be restored.',
)
const restoreActorRoute = statusRoute(
  'restore',
  'Restore an archived actor',
  'Published again if a coordinator restores it; pending review if its owner does.',
)

export function actorWriteRoutes(deps: WriteDependencies) {
  const signedIn = requireSignIn(deps)
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi({ ...createActorRoute, middleware: [signedIn] }, async (c) => {
      const body = c.req.valid('json')
      const writer = writerOf(c)
      const id = recordIdFrom(body.name, randomBytes(3).toString('hex'))
      const built = actorFromCreateBody(body, {
        id,
        writer,
        provenance: contributionProvenance(),
      })
      if (built.kind === 'invalid') return invalidRecordProblem(c, built.errors)
      const { result, dataVersion } = await deps.store.write(
        changedByOf(writer),
        async (context) => {
          await ensureContributionDataset(context.tx)
          await actorRepository.insertMany(context, [built.next])
          if (writer.role === 'actor') await usersRepository.addOwner(context.tx, writer.id, id)
          await contactConsentsRepository.apply(context, id, built.contactConsent, {
            userId: writer.id,
            before: null,
            after: built.next.contact,
          })
          return (await actorRepository.findById(context.tx, id))!
        },
      )
      c.header('Location', `/api/actors/${id}`)
      return writtenRecord(c, deps, dataVersion, result, 201)
    })
    .openapi({ ...patchActorRoute, middleware: [signedIn] }, (c) => {
      const patch = c.req.valid('json')
      return changeActor(c, deps, c.req.valid('param').id, 'update', (request) =>
        decideActorPatch(request, patch),
      )
    })
    .openapi({ ...archiveActorRoute, middleware: [signedIn] }, (c) =>
      changeActor(c, deps, c.req.valid('param').id, 'archive', decideActorArchive),
    )
    .openapi({ ...restoreActorRoute, middleware: [signedIn] }, (c) =>
      changeActor(c, deps, c.req.valid('param').id, 'restore', decideRestoreUnlessMerged),
    )
}
