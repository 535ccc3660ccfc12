/**
 * The targets from the issue, checked against one scale's measurements. Only speed and memory targets live
 * here: they are measured in benchmarks, never in timed tests.
 */
import type { ScaleResult, TargetCheck } from './results.ts'

/** API req/s must reach 0.8× the baseline's; for p95 the same 0.8× in speed means ≤ 1.25× the time. */
const MIN_THROUGHPUT_RATIO = 0.8
const MAX_P95_RATIO = 1 / MIN_THROUGHPUT_RATIO
const MAX_WARM_START_MS = 3_000
const MAX_WARM_START_100K_MS = 5_000
/** Health must stay quick while 4 clients send requests no cache can answer. */
const MAX_HEALTH_P99_UNDER_LOAD_MS = 50
/**
 * The scales the req/s and p95 targets against the bare node:http baseline apply to: issue 1 sets them "for 1.5k
 * and 10k actors" only; 50k and 100k run a short load test for information (scales.ts). Written as the scales
 * it applies to, not those it skips, so a scale added later is not judged by a target nobody set for it.
 */
const NETWORK_VS_BASELINE_SCALES: ReadonlySet<ScaleResult['scale']> = new Set(['realistic', '10k'])
const MAX_RSS_MB: Partial<Record<ScaleResult['scale'], number>> = { '10k': 250, '100k': 1024 }

export function checkTargets(result: Omit<ScaleResult, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = []
  const network = result.load?.network
  if (network && NETWORK_VS_BASELINE_SCALES.has(result.scale)) {
    checks.push({
      name: 'GET /api/network req/s vs baseline',
      target: `≥ ${MIN_THROUGHPUT_RATIO}×`,
      measured: `${network.ratios.reqPerSec}× (${network.api.reqPerSec} vs ${network.baseline.reqPerSec})`,
      isMet: network.ratios.reqPerSec >= MIN_THROUGHPUT_RATIO,
    })
    checks.push({
      name: 'GET /api/network p95 vs baseline',
      target: `≤ ${MAX_P95_RATIO}× (0.8× speed)`,
      measured: `${network.ratios.p95}× (${network.api.latency.p95Ms} vs ${network.baseline.latency.p95Ms} ms)`,
      isMet: network.ratios.p95 <= MAX_P95_RATIO,
    })
  }
  if (result.scale === '10k' && result.warmStartUp) {
    checks.push({
      name: 'warm start-up to first /api/network 200',
      target: `< ${MAX_WARM_START_MS} ms (every run)`,
      measured: `median ${result.warmStartUp.medianMs} ms, max ${result.warmStartUp.maxMs} ms`,
      isMet: result.warmStartUp.maxMs < MAX_WARM_START_MS,
    })
  }
  if (result.scale === '100k' && result.warmStartUp) {
    checks.push({
      name: 'warm start-up to first /api/network 200',
      target: `< ${MAX_WARM_START_100K_MS} ms (every run)`,
      measured: `median ${result.warmStartUp.medianMs} ms, max ${result.warmStartUp.maxMs} ms`,
      isMet: result.warmStartUp.maxMs < MAX_WARM_START_100K_MS,
    })
  }
  const health = result.load?.boundedWork.healthUnderLoad
  if (health && result.scale !== '100k') {
    checks.push({
      name: `${health.path} p99 while 4 clients send uncacheable bbox requests`,
      target: `< ${MAX_HEALTH_P99_UNDER_LOAD_MS} ms`,
      measured: `${health.underLoad.p99Ms} ms (alone ${health.alone.p99Ms} ms)`,
      isMet: health.underLoad.p99Ms < MAX_HEALTH_P99_UNDER_LOAD_MS,
    })
  }
  const maxRssMb = MAX_RSS_MB[result.scale]
  if (maxRssMb !== undefined && result.memory) {
    checks.push({
      name: 'API RSS after start-up (+ first /api/network)',
      target: `< ${maxRssMb} MB`,
      measured: `${result.memory.rssAfterFirstNetworkMb} MB`,
      isMet: result.memory.rssAfterFirstNetworkMb < maxRssMb,
    })
  }
  return checks
}
