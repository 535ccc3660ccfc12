/**
 * Routes of the app. Search params stay strings (no JSON parsing: "?text=12" is the text "12") and are checked
 * with the shared filter schema; an unknown or broken parameter is dropped, never an error page.
 */
import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  parseSearchWith,
  stringifySearchWith,
} from '@tanstack/react-router'
import { ActorsPage } from '../features/actors/actors-page.tsx'
import { PartnerFinderPage } from '../features/partners/partner-finder-page.tsx'
import { sanitisePartnerSearch } from '../features/partners/partner-search.ts'
import { ExportPage } from '../features/export/export-page.tsx'
import { AccountPage } from '../features/account/account-page.tsx'
import { sanitiseAccountSearch } from '../features/account/account-search.ts'
import { AccountSetupPage } from '../features/account/account-setup-page.tsx'
import { SignInPage } from '../features/account/sign-in-page.tsx'
import { HistoryPage } from '../features/history/history-page.tsx'
import { ModerationPage } from '../features/moderation/moderation-page.tsx'
import { AuditLogPage } from '../features/audit-log/audit-log-page.tsx'
import { MyEntriesPage } from '../features/my-entries/my-entries-page.tsx'
import { sanitiseSearch } from '../view-state/view-search.ts'
import { AppShell } from './app-shell.tsx'

interface RouterContext {
  queryClient: QueryClient
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet })

/** Every view inside the app's frame; the embeddable map sits beside it, without the frame. */
const shellRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'shell',
  component: AppShell,
})

const actorsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/',
  validateSearch: sanitiseSearch,
  component: ActorsPage,
})

const mapRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/karte',
  validateSearch: sanitiseSearch,
  // MapLibre is most of a megabyte: only the map views load it.
  component: lazyRouteComponent(() => import('../features/map/map-page.tsx'), 'MapPage'),
})

const graphRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/netzwerk',
  validateSearch: sanitiseSearch,
  // Cytoscape.js is a few hundred kilobytes: only the graph view loads it.
  component: lazyRouteComponent(() => import('../features/graph/graph-page.tsx'), 'GraphPage'),
})

const embedMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/embed/map',
  validateSearch: sanitiseSearch,
  component: lazyRouteComponent(() => import('../features/map/embed-map-page.tsx'), 'EmbedMapPage'),
})

const partnerRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/partner',
  validateSearch: sanitisePartnerSearch,
  component: PartnerFinderPage,
})

const exportRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/export',
  validateSearch: sanitiseSearch,
  component: ExportPage,
})

const signInRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/anmelden',
  validateSearch: sanitiseAccountSearch,
  component: SignInPage,
})

const accountSetupRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/konto/einrichten',
  validateSearch: sanitiseAccountSearch,
  component: AccountSetupPage,
})

const accountRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/konto',
  validateSearch: sanitiseAccountSearch,
  component: AccountPage,
})

const myEntriesRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/meine-eintraege',
  validateSearch: sanitiseAccountSearch,
  component: MyEntriesPage,
})

const moderationRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/moderation',
  validateSearch: sanitiseAccountSearch,
  component: ModerationPage,
})

const auditLogRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/protokoll',
  validateSearch: sanitiseAccountSearch,
  component: AuditLogPage,
})

const historyRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/verlauf/$entity/$id',
  validateSearch: sanitiseAccountSearch,
  component: HistoryPage,
})

const routeTree = rootRoute.addChildren([
  shellRoute.addChildren([
    actorsRoute,
    mapRoute,
    graphRoute,
    partnerRoute,
    exportRoute,
    signInRoute,
    accountSetupRoute,
    accountRoute,
    myEntriesRoute,
    moderationRoute,
    auditLogRoute,
    historyRoute,
  ]),
  embedMapRoute,
])

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
