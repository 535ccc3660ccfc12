/** Forks the baseline server (baseline-server.ts) with a body to serve and waits until it listens. */
import { fork } from 'node:child_process'
import type { BaselineBody, BaselineListening } from './baseline-message.ts'
import { track } from './child-processes.ts'

export interface BaselineProcess {
  pid: number
  url: string
  stop: () => Promise<void>
}

export async function startBaseline(content: BaselineBody): Promise<BaselineProcess> {
  // 'advanced' serialisation carries the body as bytes instead of a JSON array of numbers.
  const child = fork(new URL('./baseline-server.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    untrack()
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(forceKill)
    }
  }
  const untrack = track(stop)

  try {
    const listening = await new Promise<BaselineListening>((resolve, reject) => {
      child.once('message', (message: BaselineListening) => resolve(message))
      child.once('exit', (code) => reject(new Error(`baseline server exited (${code}) early`)))
      child.send(content)
    })
    return { pid: child.pid!, url: `http://127.0.0.1:${listening.port}`, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
