/**
 * The PostgreSQL server process, supervised: if it dies while we did not ask it to stop, it is restarted on the
 * same port with the same data (bounded retries with backoff, each logged); if that fails, `onGiveUp` is called
 * so the service can exit and its own supervisor restart everything.
 */
import { spawn } from 'node:child_process'
import type { PostgresLog } from './postgres-log.ts'
import type { RunAs } from './postgres-user.ts'

export interface PostgresProcessSpec {
  binary: string
  dataDir: string
  port: number
  /** false turns fsync off: only for throwaway test servers. */
  durable: boolean
  runAs: RunAs | null
  log: PostgresLog
  /** Opens and closes one connection; rejects while PostgreSQL does not accept connections. */
  probe: () => Promise<void>
  /** PostgreSQL died and could not be restarted. */
  onGiveUp: (error: Error) => void
}

export interface SupervisedPostgres {
  /** False from its death until a restart has it accepting connections again. */
  isRunning(): boolean
  stop(): Promise<void>
}

/** Waits before each attempt; also the bound: after the last one we give up. */
const RESTART_DELAYS_MS = [250, 1_000, 3_000]
/** More crashes than this within the window is a crash loop: give up instead of restarting again. */
const MAX_RESTARTS = 5
const RESTART_WINDOW_MS = 10 * 60_000
const READY_TIMEOUT_MS = 30_000
const LOG_TAIL_LINES = 40

export async function startSupervisedPostgres(
  spec: PostgresProcessSpec,
): Promise<SupervisedPostgres> {
  let current = await startWithRetries(spec, [0, 500, 2_000])
  let isStopping = false
  let restarting: Promise<void> | undefined
  const restartTimes: number[] = []

  const watch = (instance: PostgresInstance) => {
    void instance.exited.then((how) => {
      if (isStopping || instance !== current) return
      spec.log(
        'error',
        `PostgreSQL (pid ${instance.pid}) died (${how}); restarting it:\n${instance.tail()}`,
      )
      restarting = restart().finally(() => (restarting = undefined))
    })
  }

  const restart = async () => {
    const now = Date.now()
    while (restartTimes[0] !== undefined && restartTimes[0] < now - RESTART_WINDOW_MS)
      restartTimes.shift()
    if (restartTimes.length >= MAX_RESTARTS) {
      return spec.onGiveUp(
        new Error(
          `PostgreSQL died ${MAX_RESTARTS + 1} times within 10 minutes; not restarting it again`,
        ),
      )
    }
    restartTimes.push(now)
    try {
      const instance = await startWithRetries(spec, RESTART_DELAYS_MS, () => isStopping)
      current = instance
      if (isStopping) return await instance.stop()
      watch(instance)
      spec.log('warn', `PostgreSQL restarted (pid ${instance.pid})`)
    } catch (error) {
      if (!isStopping) spec.onGiveUp(error instanceof Error ? error : new Error(String(error)))
    }
  }

  // If our process exits without a clean shutdown, still ask PostgreSQL to stop (fast shutdown).
  const stopOnExit = () => current.signal('SIGINT')
  process.on('exit', stopOnExit)
  watch(current)

  return {
    isRunning: () => !current.hasExited(),
    async stop() {
      isStopping = true
      process.off('exit', stopOnExit)
      await restarting
      await current.stop()
    },
  }
}

async function startWithRetries(
  spec: PostgresProcessSpec,
  delaysMs: number[],
  isCancelled: () => boolean = () => false,
): Promise<PostgresInstance> {
  let lastError: unknown
  for (const [attempt, delayMs] of delaysMs.entries()) {
    await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (isCancelled()) break
    const instance = spawnPostgres(spec)
    try {
      await waitUntilReady(spec.probe, instance)
      return instance
    } catch (error) {
      lastError = error
      await instance.stop()
      // e.g. the backends of a killed server still hold its shared memory for a moment
      spec.log('warn', `PostgreSQL start attempt ${attempt + 1} failed: ${String(error)}`)
    }
  }
  throw new Error(`PostgreSQL could not be started: ${String(lastError)}`, { cause: lastError })
}

type PostgresInstance = ReturnType<typeof spawnPostgres>

function spawnPostgres({ binary, dataDir, port, durable, runAs, log }: PostgresProcessSpec) {
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200']
  if (!durable) settings.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off')
  // detached: a Ctrl-C in the terminal reaches our process, which stops PostgreSQL after draining requests.
  const child = spawn(
    binary,
    ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...(runAs ?? {}) },
  )
  const tail: string[] = []
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      tail.push(line)
      if (tail.length > LOG_TAIL_LINES) tail.shift()
      log('debug', `postgres: ${line}`)
    }
  }
  child.stdout.on('data', remember)
  child.stderr.on('data', remember)
  let hasExited = false
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(`could not run: ${error.message}`))
    child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`))
  }).finally(() => (hasExited = true))

  const signal = (name: NodeJS.Signals) => {
    if (!hasExited) child.kill(name)
  }
  return {
    pid: child.pid,
    exited,
    hasExited: () => hasExited,
    tail: () => tail.join('\n'),
    signal,
    /** Smart shutdown (waits for sessions), fast after 5 s, immediate after 15 s, SIGKILL after 25 s. */
    async stop() {
      const escalate = [
        setTimeout(() => signal('SIGINT'), 5_000),
        setTimeout(() => signal('SIGQUIT'), 15_000),
        setTimeout(() => signal('SIGKILL'), 25_000),
      ]
      signal('SIGTERM')
      await exited
      escalate.forEach(clearTimeout)
    },
  }
}

async function waitUntilReady(probe: () => Promise<void>, server: PostgresInstance) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (server.hasExited()) throw new Error(`PostgreSQL exited during start-up:\n${server.tail()}`)
    try {
      return await probe()
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(
          `PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s: ${String(error)}\n${server.tail()}`,
          { cause: error },
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}
