// npm start: installs (pnpm bootstrapped if missing), builds the web app, then runs the server in this very
// process, so Ctrl-C and SIGTERM reach it directly and it can shut down gracefully.
import { buildWeb, ensurePnpm, installDependencies } from './tooling.mjs'

const pnpm = ensurePnpm()
installDependencies(pnpm)
buildWeb(pnpm)

const { register } = await import('tsx/esm/api')
register()
await import('../api/src/server.ts')
