/**
 * Starts the API as its own process: `node api/dist/server.mjs` (what `npm start` runs; `npm run bench` builds it
 * first), spawned with this very node
 * binary so the child's pid is the server itself (not an npx/tsx wrapper) and /proc/<pid> describes it.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { track } from './child-processes.ts'
import { stopOrphanPostgres } from './orphan-postgres.ts'

export const repositoryRoot = path.resolve(import.meta.dirname, '../..')

/** One JSON log line of the server (pino). */
export type LogLine = { msg?: string } & Record<string, unknown>

export interface ApiProcess {
  pid: number
  /** performance.now() just before spawn. */
  spawnedAt: number
  /** Base URL (http://127.0.0.1:<port>) once the server prints it; rejects if the process exits first. */
  url: Promise<string>
  logLines: () => readonly LogLine[]
  outputTail: () => string
  /**
   * SIGTERM, wait for the graceful shutdown (which also stops PostgreSQL); SIGKILL after `graceMs`.
   * Then stops a PostgreSQL the API left behind (see orphan-postgres.ts).
   */
  stop: (graceMs?: number) => Promise<ApiExit>
}

export interface ApiExit {
  code: number | null
  signal: string | null
  /** A PostgreSQL still running after the API exited, which we stopped; null when there was none. */
  orphanPostgresPid: number | null
}

export interface ApiStartOptions {
  dataDir: string
  env: Record<string, string>
  /** `warn` under load: one log line per request would distort the numbers. */
  logLevel: 'info' | 'warn'
}

/** The bundled server that `npm start` runs. */
export const SERVER_ENTRY = 'api/dist/server.mjs'

const URL_PATTERN = /läuft auf (http:\/\/\S+)/
const TAIL_LINES = 60

export function spawnApi({ dataDir, env, logLevel }: ApiStartOptions): ApiProcess {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: logLevel,
    // The bench is one client sending thousands of requests: per-client limits would measure themselves.
    RATE_LIMITS: 'off',
  }
  // The embedded database is part of what we measure; an inherited DATABASE_URL would bypass it.
  delete childEnv.DATABASE_URL

  const spawnedAt = performance.now()
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: repositoryRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches only the bench, which stops the API in order.
    detached: true,
  })
  if (child.pid === undefined) throw new Error('could not spawn the API process')
  const pid = child.pid

  const tail: string[] = []
  const logLines: LogLine[] = []
  let resolveUrl: (url: string) => void = () => undefined
  const url = new Promise<string>((resolve) => (resolveUrl = resolve))
  const remember = (line: string) => {
    tail.push(line)
    if (tail.length > TAIL_LINES) tail.shift()
    if (line.startsWith('{')) {
      try {
        logLines.push(JSON.parse(line) as LogLine)
      } catch {
        // Not JSON after all: it stays in the tail.
      }
    }
    const match = URL_PATTERN.exec(line)
    if (match?.[1]) resolveUrl(match[1])
  }
  for (const stream of [child.stdout, child.stderr]) {
    let partial = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n')
      partial = lines.pop() ?? ''
      lines.filter(Boolean).forEach(remember)
    })
  }

  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const outputTail = () => tail.join('\n')
  const urlOrExit = Promise.race([
    url,
    exited.then(({ code, signal }) => {
      throw new Error(`API exited (${code ?? signal}) before listening:\n${outputTail()}`)
    }),
  ])
  // Mark as handled: callers that never ask for the URL must not crash on a rejection.
  urlOrExit.catch(() => undefined)

  const stop = async (graceMs = 60_000): Promise<ApiExit> => {
    untrack()
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const forceKill = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(forceKill)
    }
    return { ...(await exited), orphanPostgresPid: await stopOrphanPostgres(dataDir) }
  }
  const untrack = track(async () => void (await stop()))

  return {
    pid,
    spawnedAt,
    url: urlOrExit,
    logLines: () => logLines,
    outputTail,
    stop,
  }
}
