/** The write side in one router: accounts, then the writes of actors and relationships. */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { actorWriteRoutes } from './actor-writes.ts'
import { authRoutes } from './auth.ts'
import { moderationRoutes } from './moderation.ts'
import { relationshipWriteRoutes } from './relationship-writes.ts'
import type { WriteDependencies } from './write-dependencies.ts'

export const writeRoutes = (deps: WriteDependencies) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .route('/', authRoutes(deps))
    .route('/', actorWriteRoutes(deps))
    .route('/', relationshipWriteRoutes(deps))
    .route('/', moderationRoutes(deps))
