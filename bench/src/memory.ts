/**
 * Memory of a process, read from /proc (Linux only). RSS is what the targets are about; PSS divides shared
 * pages among the processes that map them, so a sum over PostgreSQL's processes does not count its shared
 * buffers once per backend.
 */
import fs from 'node:fs'

export interface ProcessMemory {
  /** Resident set size now, MB. */
  rssMb: number
  /** Peak resident set size since the process started ("high water mark"), MB. */
  hwmMb: number
}

const kbToMb = (kb: number) => Math.round((kb / 1024) * 10) / 10

function statusField(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  if (!match) throw new Error(`no ${field} in /proc status`)
  return Number(match[1])
}

export function readMemory(pid: number): ProcessMemory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return {
    rssMb: kbToMb(statusField(status, 'VmRSS')),
    hwmMb: kbToMb(statusField(status, 'VmHWM')),
  }
}

/** The command line of a process, to check that a pid is the server itself and not a wrapper. */
export function commandLineOf(pid: number): string {
  return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
}

function childrenOf(pid: number): number[] {
  const pids: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name in parentheses may contain spaces; fields after it are space-separated.
      const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (parentPid === pid) pids.push(Number(entry))
    } catch {
      // The process ended while we listed /proc.
    }
  }
  return pids
}

function descendantsOf(pid: number): number[] {
  const children = childrenOf(pid)
  return [...children, ...children.flatMap((child) => descendantsOf(child))]
}

export interface ChildrenMemory {
  processes: number
  /** Sum of RSS: counts shared memory once per process, so an upper bound. */
  rssSumMb: number
  /** Sum of PSS: shared pages divided among the processes. */
  pssSumMb: number
}

/** Memory of everything the server started (its PostgreSQL server and backends), for information. */
export function readChildrenMemory(pid: number): ChildrenMemory {
  let rssKb = 0
  let pssKb = 0
  let processes = 0
  for (const child of descendantsOf(pid)) {
    try {
      rssKb += statusField(fs.readFileSync(`/proc/${child}/status`, 'utf8'), 'VmRSS')
      const rollup = fs.readFileSync(`/proc/${child}/smaps_rollup`, 'utf8')
      pssKb += statusField(rollup, 'Pss')
      processes += 1
    } catch {
      // Gone in between, or a kernel thread without memory fields.
    }
  }
  return { processes, rssSumMb: kbToMb(rssKb), pssSumMb: kbToMb(pssKb) }
}
