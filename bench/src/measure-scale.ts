/**
 * Everything measured for one scale: a cold start if the data directory is new, warm start-ups with memory,
 * then one more start that takes the load tests.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { MetaResponse } from '@netzwerkatlas/shared'
import { repositoryRoot, type ApiProcess } from './api-process.ts'
import { measureBoundedWork } from './bounded-work.ts'
import { compareWithBaseline, measureRoute } from './compare.ts'
import { getJson } from './http-get.ts'
import { loadAverageNow } from './machine.ts'
import { readMemory } from './memory.ts'
import type { RouteLoad, ScaleLoad, ScaleResult, Shutdown } from './results.ts'
import type { Scale } from './scales.ts'
import { startMeasured, type StartUpSample } from './start-up.ts'
import { checkTargets } from './targets.ts'

/** Routes load-tested for information, beside the unfiltered network. */
const INFO_ROUTES = ['/api/network?topic=housing,seniors', '/api/actors?limit=50']

export const dataDirOf = (scale: Scale) => path.join(repositoryRoot, 'var', 'bench', scale.id)

const log = (scale: Scale, message: string) => console.error(`[${scale.id}] ${message}`)

async function stopTimed(api: ApiProcess, shutdowns: Shutdown[]) {
  const started = performance.now()
  const exit = await api.stop()
  shutdowns.push({ ms: Math.round(performance.now() - started), ...exit })
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const max = (values: readonly number[]) => Math.max(...values)

export interface ScaleSettings {
  warmStarts: number
  connections: number
}

export async function measureScale(scale: Scale, settings: ScaleSettings): Promise<ScaleResult> {
  const dataDir = dataDirOf(scale)
  const options = { dataDir, env: scale.env }
  const shutdowns: Shutdown[] = []
  let coldStart: StartUpSample | null = null
  const warmStarts: StartUpSample[] = []
  let counts: ScaleResult['counts'] = { actors: 0, relationships: 0, raw: null }

  const isNew = !fs.existsSync(path.join(dataDir, 'postgres-credentials.json'))
  log(scale, isNew ? `cold start in ${dataDir} (initdb, generate, import)…` : `warm: ${dataDir}`)
  while (warmStarts.length < settings.warmStarts) {
    const { api, baseUrl, sample } = await startMeasured({ ...options, logLevel: 'info' })
    try {
      const meta = await getJson<MetaResponse>(`${baseUrl}/api/meta`)
      counts = {
        actors: meta.counts.actors.total,
        relationships: meta.counts.relationships.total,
        raw: meta.counts,
      }
    } finally {
      await stopTimed(api, shutdowns)
    }
    // A start that loaded datasets is the cold one, whatever we guessed from the directory.
    const isCold = sample.datasetsLoaded.length > 0 || (isNew && coldStart === null)
    if (isCold && coldStart === null) coldStart = sample
    else warmStarts.push(sample)
    log(
      scale,
      `${isCold ? 'cold' : 'warm'} start: first /api/network 200 after ${sample.firstNetworkMs} ms, ` +
        `index ready ${sample.serverReportedReadyMs ?? '?'} ms after the server's imports, ` +
        `RSS ${sample.memoryAfterFirstNetwork.rssMb} MB`,
    )
  }

  const firstNetworkMs = warmStarts.map((sample) => sample.firstNetworkMs)
  const partial: Omit<ScaleResult, 'targets'> = {
    scale: scale.id,
    description: scale.description,
    env: scale.env,
    dataDir,
    counts,
    coldStart,
    warmStarts,
    warmStartUp: {
      medianMs: median(firstNetworkMs),
      maxMs: max(firstNetworkMs),
      samplesMs: firstNetworkMs,
    },
    memory: {
      rssAtListeningMb: max(warmStarts.map((s) => s.memoryAtListening.rssMb)),
      rssAfterFirstNetworkMb: max(warmStarts.map((s) => s.memoryAfterFirstNetwork.rssMb)),
      hwmMb: max(warmStarts.map((s) => s.memoryAfterFirstNetwork.hwmMb)),
      postgresPssMb: max(warmStarts.map((s) => s.postgresMemory.pssSumMb)),
    },
    shutdowns,
    load: scale.load ? await measureLoad(scale, options, settings.connections, shutdowns) : null,
  }
  return { ...partial, targets: checkTargets(partial) }
}

async function measureLoad(
  scale: Scale,
  options: { dataDir: string; env: Record<string, string> },
  connections: number,
  shutdowns: Shutdown[],
): Promise<ScaleLoad> {
  const plan = scale.load!
  const { api, baseUrl, sample } = await startMeasured({ ...options, logLevel: 'warn' })
  try {
    const loadAverageBefore = loadAverageNow()
    log(scale, `load: /api/network vs baseline, ${plan.rounds} × ${plan.roundSeconds} s each…`)
    const target = { baseUrl, pid: api.pid }
    const network = await compareWithBaseline(target, plan, connections)
    log(
      scale,
      `  API ${network.api.reqPerSec} req/s p95 ${network.api.latency.p95Ms} ms; baseline ` +
        `${network.baseline.reqPerSec} req/s p95 ${network.baseline.latency.p95Ms} ms`,
    )
    const memoryAfterNetworkLoad = readMemory(api.pid)
    const routes: Record<string, RouteLoad> = {}
    for (const route of INFO_ROUTES) {
      routes[route] = await measureRoute(target, route, plan.roundSeconds, connections)
      log(
        scale,
        `  ${route}: ${routes[route].reqPerSec} req/s p95 ${routes[route].latency.p95Ms} ms`,
      )
    }
    log(scale, '  bounded work: uncached bboxes, health under load, hostile text…')
    const boundedWork = await measureBoundedWork(target, plan.roundSeconds)
    const { uncachedBboxes: bboxes, healthUnderLoad: health, textCost: text } = boundedWork
    log(
      scale,
      `  ${bboxes.distinctBboxes} uncached bboxes: ${bboxes.uncached.reqPerSec} req/s ` +
        `p95 ${bboxes.uncached.latency.p95Ms} ms (cached ${bboxes.cached.reqPerSec} req/s); ` +
        `health p99 ${health.alone.p99Ms} ms alone, ${health.underLoad.p99Ms} ms under load; ` +
        `hostile text ${text.medianRatio}× a normal one`,
    )
    return {
      start: sample,
      loadAverageBefore,
      network,
      memoryAfterNetworkLoad,
      routes,
      boundedWork,
      memoryAfterLoad: readMemory(api.pid),
    }
  } finally {
    await stopTimed(api, shutdowns)
  }
}
