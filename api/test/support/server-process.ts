/**
 * Runs the real server entry as a child process, the way `npm start` runs it: src/server.ts through tsx, or the
 * bundle dist/server.mjs (faster to start, for tests that start it many times; rebuilt here when stale).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bundle = path.join(apiDir, 'dist/server.mjs')

export interface ServerOptions {
  /** Run dist/server.mjs instead of src/server.ts. */
  bundled?: boolean
}

export interface SpawnedServer {
  child: ChildProcess
  output: () => string
  stderr: () => string
  /** Resolves with the exit code once the process and its output streams have closed. */
  exited: Promise<number | null>
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>
}

export interface ServerProcess extends SpawnedServer {
  url: string
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export function spawnServer(
  env: Record<string, string | undefined>,
  { bundled = false }: ServerOptions = {},
): SpawnedServer {
  if (bundled) ensureFreshBundle()
  const args = bundled ? [bundle] : ['--import', 'tsx', 'src/server.ts']
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let stderr = ''
  const listeners = new Set<() => void>()
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    listeners.forEach((listener) => listener())
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    stderr += chunk.toString()
    listeners.forEach((listener) => listener())
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  )
  return {
    child,
    output: () => output,
    stderr: () => stderr,
    exited,
    waitFor: (pattern, timeoutMs = 90_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output)
          if (!match) return
          done()
          resolve(match)
        }
        const timeout = setTimeout(() => {
          done()
          reject(new Error(`no ${String(pattern)} within ${timeoutMs} ms:\n${output}`))
        }, timeoutMs)
        const done = () => {
          clearTimeout(timeout)
          listeners.delete(check)
        }
        listeners.add(check)
        check()
        void exited.then((code) => {
          if (!listeners.has(check)) return
          done()
          reject(new Error(`server exited with ${code} before ${String(pattern)}:\n${output}`))
        })
      }),
  }
}

export async function runServer(
  env: Record<string, string | undefined>,
  options: ServerOptions = {},
): Promise<ServerProcess> {
  const server = spawnServer(env, options)
  const [, url] = await server.waitFor(/läuft auf (http:\/\/\S+)/)
  // The port opens before the index is built (ADR 0016); a started server is one that is ready.
  await server.waitFor(/"msg":"ready"/)
  return {
    ...server,
    url: url!,
    async stop(signal = 'SIGTERM') {
      server.child.kill(signal)
      return server.exited
    },
  }
}

/** Runs the server with the environment and waits for it to exit (for start-up failures). */
export async function runServerToExit(
  env: Record<string, string | undefined>,
  options: ServerOptions = {},
) {
  const server = spawnServer(env, options)
  const code = await server.exited
  return { code, stderr: server.stderr() }
}

/** Pids of live processes whose command line names `dir` (our PostgreSQL servers started on it). */
export function processesUsing(dir: string): number[] {
  const pids: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const state = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.[0]
      if (cmdline.includes(dir) && state !== 'Z') pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

/** For afterAll: SIGKILLs whatever still runs on `dir` (orphans of killed servers). */
export function killProcessesUsing(dir: string) {
  for (const pid of processesUsing(dir)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone meanwhile
    }
  }
}

let isBundleChecked = false

/** Rebuilds dist/server.mjs when any api, shared or data source is newer (npm test has built it already). */
function ensureFreshBundle() {
  if (isBundleChecked) return
  isBundleChecked = true
  const builtAt = fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0
  const sources = ['api/src', 'shared/src', 'data'].map((dir) => path.join(apiDir, '..', dir))
  const isStale = sources.some((dir) => newestMtime(dir) > builtAt)
  if (!isStale) return
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: apiDir,
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`building dist/server.mjs failed:\n${build.stderr}`)
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath.includes('node_modules')) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}
