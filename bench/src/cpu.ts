/**
 * CPU time of a process, to tell who limits a load test: with 2 cores, a server well below one core while
 * the client is near one says the client is the ceiling, not the server.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100

/** User + system CPU seconds a process has used so far (Linux /proc/<pid>/stat, fields 14 and 15). */
export function cpuSecondsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}

/** CPU seconds of this process (the load client). */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1e6
}

/** Busy CPU seconds of the whole machine (all cores) from /proc/stat: everyone's work, ours included. */
export function machineBusyCpuSeconds(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? ''
  // cpu user nice system idle iowait irq softirq steal …; guest time is already inside user.
  const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number)
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>(
    (sum, v) => sum + (v ?? 0),
    0,
  )
  return busy / ticksPerSecond
}
