// npm start: installs (pnpm bootstrapped if missing), builds the web app and the API bundle, then runs the
// server in this very process, so Ctrl-C and SIGTERM reach it directly and it can shut down gracefully.
import { buildApp, ensurePnpm, installDependencies } from './tooling.mjs'

const pnpm = ensurePnpm()
installDependencies(pnpm)
buildApp(pnpm)

await import('../api/dist/server.mjs')
