/**
 * A known path asked with a method it does not serve answers 405 with `Allow`, not 404: the client got the
 * path right. The methods per path are read from the composed app's route table, so new routes need no list.
 */
import { problemTypes } from '@netzwerkatlas/shared'
import type { Context } from 'hono'
import { problemResponse } from './problem.ts'

interface RouteEntry {
  method: string
  path: string
}

/** `/api/actors/:id` → a pattern for one path segment per parameter. */
function patternOf(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/')
  return new RegExp(`^${escaped}/?$`)
}

export function methodsByPath(routes: readonly RouteEntry[]): (path: string) => string[] {
  const byPattern = new Map<string, { pattern: RegExp; methods: Set<string> }>()
  for (const { method, path } of routes) {
    // Middleware is registered for ALL methods and says nothing about what a path serves.
    if (method === 'ALL' || path.includes('*')) continue
    const entry = byPattern.get(path) ?? { pattern: patternOf(path), methods: new Set<string>() }
    entry.methods.add(method)
    if (method === 'GET') entry.methods.add('HEAD')
    byPattern.set(path, entry)
  }
  return (path) => {
    const methods = new Set<string>()
    for (const { pattern, methods: served } of byPattern.values()) {
      if (pattern.test(path)) for (const method of served) methods.add(method)
    }
    return [...methods].sort()
  }
}

export function methodNotAllowedProblem(c: Context, allowed: readonly string[]): Response {
  c.header('Allow', allowed.join(', '))
  return problemResponse(c, {
    type: problemTypes.methodNotAllowed,
    title: 'Method not allowed',
    status: 405,
    detail: `${c.req.path} answers ${allowed.join(', ')}, not ${c.req.method}.`,
  })
}
