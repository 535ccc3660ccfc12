/** Facts about the machine and the checkout, so that numbers from different runs can be told apart. */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { repositoryRoot } from './api-process.ts'

export interface MachineFacts {
  node: string
  platform: string
  cpuModel: string
  cores: number
  totalMemoryMb: number
  /** 1/5/15-minute load average when the bench started: other work on the machine skews the numbers. */
  loadAverage: number[]
  gitCommit: string | null
  /** Uncommitted changes in the checkout (null: not a git checkout or no commit yet). */
  gitDirty: boolean | null
}

function git(...args: string[]): string | null {
  const result = spawnSync('git', args, { cwd: repositoryRoot, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

export function machineFacts(): MachineFacts {
  const commit = git('rev-parse', 'HEAD')
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    gitCommit: commit,
    gitDirty: commit === null ? null : git('status', '--porcelain') !== '',
  }
}

export function loadAverageNow(): number[] {
  return os.loadavg().map((value) => Math.round(value * 100) / 100)
}
