/**
 * GET /admin/audit-log (admins only): the audit log, newest first — account creation, role changes, password
 * events, account deletions and every moderation decision (accept, reject with reason, merge), with who decided.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { AuditLogResponseSchema } from '@netzwerkatlas/shared'
import type { AppEnv } from '../http/app-env.ts'
import { validationHook } from '../http/problem.ts'
import { auditLogPage } from '../store/accounts/audit-log-repository.ts'
import type { WriteDependencies } from './write-dependencies.ts'
import { requireSignIn, writerOf } from './write-guard.ts'
import { sessionSecurity, writeProblemResponses } from './write-openapi.ts'
import { forbiddenProblem } from './write-problems.ts'

const AuditLogQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  before: z.coerce.number().int().min(1).optional(),
})

const auditLogRoute = createRoute({
  method: 'get',
  path: '/admin/audit-log',
  tags: ['account'],
  summary: 'The audit log',
  description:
    'Decisions about people and records, newest first: accounts created and deleted, role changes, password events, and moderation (accept, reject with its reason, merge). For admins only. Page with `before` (the `nextBefore` of the last page).',
  security: sessionSecurity,
  request: { query: AuditLogQuerySchema },
  responses: {
    200: {
      description: 'One page of the audit log.',
      content: { 'application/json': { schema: AuditLogResponseSchema } },
    },
    ...writeProblemResponses(400, 401, 403),
  },
})

export const auditLogRoutes = (deps: WriteDependencies) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
    { ...auditLogRoute, middleware: [requireSignIn(deps)] },
    async (c) => {
      if (writerOf(c).role !== 'admin')
        return forbiddenProblem(c, 'The audit log is for admins only.')
      const { limit, before } = c.req.valid('query')
      c.header('Cache-Control', 'no-store')
      return c.json(await auditLogPage(deps.store.db, limit, before), 200)
    },
  )
