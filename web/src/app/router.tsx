/**
 * Routes of the app. Search params stay strings (no JSON parsing: "?text=12" is the text "12") and are checked
 * with the shared filter schema; an unknown or broken parameter is dropped, never an error page.
 */
import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  parseSearchWith,
  stringifySearchWith,
} from '@tanstack/react-router'
import { ActorsPage } from '../features/actors/actors-page.tsx'
import { ExportPage } from '../features/export/export-page.tsx'
import { sanitiseSearch } from '../view-state/view-search.ts'
import { AppShell } from './app-shell.tsx'

interface RouterContext {
  queryClient: QueryClient
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: AppShell })

const actorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: sanitiseSearch,
  component: ActorsPage,
})

const exportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/export',
  validateSearch: sanitiseSearch,
  component: ExportPage,
})

const routeTree = rootRoute.addChildren([actorsRoute, exportRoute])

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch: parseSearchWith((value) => value),
    stringifySearch: stringifySearchWith(String),
    defaultPreload: false,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
