/**
 * The write side in one router: accounts, the writes of actors and relationships, moderation, history, my
 * entries, the account's own data and the admins' audit log.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { accountPrivacyRoutes } from './account-privacy.ts'
import { actorWriteRoutes } from './actor-writes.ts'
import { auditLogRoutes } from './audit-log.ts'
import { authRoutes } from './auth.ts'
import { contactConsentRoutes } from './contact-consent.ts'
import { historyRoutes } from './history.ts'
import { moderationRoutes } from './moderation.ts'
import { myEntriesRoutes } from './my-entries.ts'
import { relationshipWriteRoutes } from './relationship-writes.ts'
import type { WriteDependencies } from './write-dependencies.ts'

export const writeRoutes = (deps: WriteDependencies) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .route('/', authRoutes(deps))
    .route('/', actorWriteRoutes(deps))
    .route('/', contactConsentRoutes(deps))
    .route('/', relationshipWriteRoutes(deps))
    .route('/', moderationRoutes(deps))
    .route('/', historyRoutes(deps))
    .route('/', myEntriesRoutes(deps))
    .route('/', accountPrivacyRoutes(deps))
    .route('/', auditLogRoutes(deps))
