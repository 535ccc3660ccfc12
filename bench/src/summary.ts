/** The short, human-readable summary of a run: bench/results/latest.md and the end of the console output. */
import type { BenchResults, ScaleResult } from './results.ts'

const mark = (isMet: boolean) => (isMet ? '✅ pass' : '❌ fail')
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`
const mbPerSec = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB/s`
const dash = '–'

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ]
}

function overviewRows(scales: readonly ScaleResult[]): string[][] {
  return scales.map((s) => [
    s.scale,
    `${s.counts.actors.toLocaleString('en')} / ${s.counts.relationships.toLocaleString('en')}`,
    s.coldStart ? `${s.coldStart.firstNetworkMs} ms` : dash,
    s.warmStartUp ? `${s.warmStartUp.medianMs} / ${s.warmStartUp.maxMs} ms` : dash,
    s.memory ? `${s.memory.rssAtListeningMb} / ${s.memory.rssAfterFirstNetworkMb} MB` : dash,
    s.memory ? `${s.memory.hwmMb} MB` : dash,
    s.memory ? `${s.memory.postgresPssMb} MB` : dash,
    s.load ? `${s.load.memoryAfterNetworkLoad.rssMb} / ${s.load.memoryAfterLoad.rssMb} MB` : dash,
  ])
}

function loadRows(scales: readonly ScaleResult[]): string[][] {
  return scales.flatMap((s) => {
    const network = s.load?.network
    if (!network) return []
    const side = (name: string, l: typeof network.api, ratio: string) => [
      s.scale,
      name,
      `${l.reqPerSec.toLocaleString('en')}`,
      `${l.latency.p50Ms} / ${l.latency.p95Ms} / ${l.latency.p99Ms}`,
      mbPerSec(l.bytesPerSec),
      `${l.errors + l.timeouts} / ${l.non2xx}`,
      `${l.serverCpuCores} / ${l.clientCpuCores} / ${l.otherCpuCores}`,
      ratio,
    ]
    const routes = Object.entries(s.load!.routes).map(([route, l]) =>
      side(`API ${route}`, l, `(${kb(l.bodyBytes)} body)`),
    )
    return [
      side(
        'API /api/network',
        network.api,
        `${network.ratios.reqPerSec}× req/s, ${network.ratios.p95}× p95`,
      ),
      side('baseline (same bytes)', network.baseline, `(${kb(network.bodyBytes)} br body)`),
      ...routes,
    ]
  })
}

function boundedWorkRows(scales: readonly ScaleResult[]): string[][] {
  return scales.flatMap((s) => {
    const work = s.load?.boundedWork
    if (!work) return []
    const { uncachedBboxes: bboxes, healthUnderLoad: health, textCost: text } = work
    const latency = (l: { p50Ms: number; p95Ms: number; p99Ms: number }) =>
      `${l.p50Ms} / ${l.p95Ms} / ${l.p99Ms}`
    return [
      [
        s.scale,
        `GET /api/network, ${bboxes.distinctBboxes} distinct random bboxes, 4 clients`,
        `${bboxes.uncached.reqPerSec} req/s`,
        latency(bboxes.uncached.latency),
        `one cached bbox: ${bboxes.cached.reqPerSec} req/s, ${latency(bboxes.cached.latency)}`,
        `${bboxes.reqPerSecRatio}× req/s`,
      ],
      [
        s.scale,
        `${health.path} while 4 clients send uncacheable bboxes (${health.load.reqPerSec} req/s)`,
        `${health.underLoad.samples} polls`,
        latency(health.underLoad),
        `alone: ${latency(health.alone)}`,
        `p99 ${health.underLoad.p99Ms} vs ${health.alone.p99Ms} ms`,
      ],
      [
        s.scale,
        `hostile text (\`${text.hostile.example}\`), one at a time`,
        '–',
        latency(text.hostile.latency),
        `normal (\`${text.normal.example}\` …): ${latency(text.normal.latency)}`,
        `${text.medianRatio}× median; 100 one-letter words → ${text.overLimit.status}`,
      ],
    ]
  })
}

export function renderSummary(results: BenchResults, jsonFile: string): string {
  const m = results.machine
  const checks = [
    ...results.scales.flatMap((s) =>
      s.targets.map((t) => [s.scale, t.name, t.target, t.measured, mark(t.isMet)]),
    ),
    ...results.suites.flatMap((s) =>
      s.targets.map((t) => [s.suite, t.name, t.target, t.measured, mark(t.isMet)]),
    ),
  ]
  const errors = [
    ...results.scales.filter((s) => s.error).map((s) => `- **${s.scale}** failed: ${s.error}`),
    ...results.suites.filter((s) => s.error).map((s) => `- **${s.suite}** failed: ${s.error}`),
  ]
  const unclean = results.scales.flatMap((s) => {
    const bad = s.shutdowns.filter((d) => d.code !== 0 || d.orphanPostgresPid !== null)
    return bad.length
      ? [
          `- **${s.scale}**: ${bad.length} of ${s.shutdowns.length} API shutdowns not clean (JSON: \`shutdowns\`)`,
        ]
      : []
  })
  return [
    '# Benchmark: latest run',
    '',
    `${results.startedAt} · \`${results.command}\` · full detail: \`${jsonFile}\``,
    '',
    `Node ${m.node} · ${m.cpuModel} · ${m.cores} cores · ${Math.round(m.totalMemoryMb / 1024)} GB RAM · load average at start ${m.loadAverage.join(' ')} · commit ${m.gitCommit ?? '(none)'}${m.gitDirty ? ' (dirty)' : ''}`,
    '',
    '## Targets',
    '',
    `${checks.filter((row) => row[4] === mark(true)).length} of ${checks.length} targets met.`,
    '',
    ...table(['scale', 'target', 'goal', 'measured', 'result'], checks),
    ...(errors.length + unclean.length ? ['', ...errors, ...unclean] : []),
    '',
    '## Start-up and memory',
    '',
    ...table(
      [
        'scale',
        'actors / relationships',
        'cold start',
        'warm start median / max',
        'API RSS listening / after 1st /api/network',
        'API peak RSS',
        'PostgreSQL PSS',
        'API RSS after /api/network load / after all load',
      ],
      overviewRows(results.scales),
    ),
    '',
    'Start-up: spawn → first HTTP 200 of `GET /api/network`. Cold: initdb + generate + import (only when the data directory was new).',
    '',
    '## Load',
    '',
    `${results.settings.loadClient}; ${results.settings.connections} connections, pipelining ${results.settings.pipelining}, \`Accept-Encoding: br\`; the API and the baseline take turns. Latency in ms.`,
    '',
    ...table(
      [
        'scale',
        'server',
        'req/s',
        'p50 / p95 / p99',
        'throughput',
        'errors / non-2xx',
        'CPU server / client / other (cores)',
        'ratio / note',
      ],
      loadRows(results.scales),
    ),
    '',
    '## Bounded work per request',
    '',
    'Each against a baseline from the same run and process. Latency in ms (p50 / p95 / p99).',
    '',
    ...table(
      ['scale', 'measured', 'rate', 'p50 / p95 / p99', 'baseline', 'ratio / note'],
      boundedWorkRows(results.scales),
    ),
    '',
    ...results.suites.flatMap((suite) => [
      `## ${suite.suite}: ${suite.description}`,
      '',
      ...(suite.error ? [`Failed: ${suite.error}`, ''] : []),
      ...table(
        ['scale', 'measured', 'ours', 'baseline', 'ratio'],
        suite.rows.map((row) => [row.scale, row.what, row.ours, row.baseline, row.ratio]),
      ),
      '',
    ]),
  ].join('\n')
}
