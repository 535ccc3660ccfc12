/**
 * DELETE /actors/{id}/contact-consent: withdraws the consent that covers an entry's contact (ADR 0027). The
 * person who gave it may, and a coordinator may on that person's request; anyone else gets 403. The contact goes
 * as a new version (history action `withdraw_consent`, data version bump, index updated as for every write), the
 * consent row keeps when and by whom, and the history loses the withdrawn values. No If-Match: a withdrawal must
 * not fail because someone edited the entry meanwhile.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { ActorIdParamsSchema, ActorSchema, type Actor } from '@netzwerkatlas/shared'
import { changedByOf, isModerator } from '../domain/contributions/write-permissions.ts'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { contactConsentsRepository } from '../store/accounts/contact-consents-repository.ts'
import { actorRepository } from '../store/actor-repository.ts'
import { writeUnlessRejected } from '../store/rejectable-write.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { requireSignIn, writerOf, writtenRecord } from './write-guard.ts'
import { sessionSecurity, writeProblemResponses } from './write-openapi.ts'
import { forbiddenProblem, refusalProblem, type WriteRefusal } from './write-problems.ts'

const withdrawRoute = createRoute({
  method: 'delete',
  path: '/actors/{id}/contact-consent',
  tags: ['contributions'],
  summary: 'Withdraw the consent to an entry’s contact data',
  description:
    'For the person who gave the consent, or a coordinator on that person’s request. Removes the contact (email, phone) as a new version and from the entry’s history; the consent record keeps when it was given and withdrawn. 409 when no consent covers the contact.',
  security: sessionSecurity,
  request: { params: ActorIdParamsSchema },
  responses: {
    200: {
      description: 'The actor’s new version, without contact.',
      content: { 'application/json': { schema: ActorSchema } },
      headers: {
        ETag: { description: 'The record version.', schema: { type: 'string' as const } },
      },
    },
    ...writeProblemResponses(401, 403, 404, 409),
  },
})

export const contactConsentRoutes = (deps: WriteDependencies) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
    { ...withdrawRoute, middleware: [requireSignIn(deps)] },
    async (c) => {
      const { id } = c.req.valid('param')
      const writer = writerOf(c)
      const written = await writeUnlessRejected<Actor, WriteRefusal>(
        deps.store,
        changedByOf(writer),
        async (context, reject) => {
          const locked = await actorRepository.lock(context, id)
          const live = await contactConsentsRepository.live(context.tx, id)
          // Only moderators and whoever gave a consent for the entry learn whether it exists or has a consent.
          if (
            !isModerator(writer) &&
            live?.userId !== writer.id &&
            !(await contactConsentsRepository.wasGivenBy(context.tx, id, writer.id))
          )
            return reject({ kind: 'forbidden' })
          if (!locked) return reject({ kind: 'not_found' })
          if (!live)
            return reject({
              kind: 'wrong_state',
              detail: 'No consent covers this entry’s contact: there is nothing to withdraw.',
            })
          return contactConsentsRepository.removeConsentedContact(context, locked, 'withdrawn')
        },
      )
      if (written.kind === 'rejected')
        return written.outcome.kind === 'forbidden'
          ? forbiddenProblem(
              c,
              'Only the person who gave the consent, or a coordinator, may withdraw it.',
            )
          : refusalProblem(c, `actor "${id}"`, written.outcome)
      return writtenRecord(c, deps, written.dataVersion, written.result)
    },
  )
