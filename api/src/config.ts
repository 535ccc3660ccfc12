/**
 * The only reader of the environment. Parses it once with zod, names every bad variable, and returns a frozen
 * config. Paths default to the repository layout so `npm start` works from a fresh clone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DATASET_IDS, type DatasetId } from './datasets/dataset-ids.ts'

/** The folder with pnpm-workspace.yaml, found upwards from this module (src/ in development, dist/ bundled). */
function findRepositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('cannot find the repository root (pnpm-workspace.yaml)')
    dir = parent
  }
  return dir
}

const repositoryRoot = findRepositoryRoot()

const fromRoot = (relative: string) => path.resolve(repositoryRoot, relative)

const PortSchema = z.coerce.number().int().min(0).max(65535)

const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: PortSchema.default(8080),
  /** Production database. Without it, an embedded PostgreSQL server runs with its data under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(fromRoot('var')),
  GEO_DIR: z.string().min(1).default(fromRoot('../shared/data/geo')),
  REAL_DATA_DIR: z.string().min(1).default(fromRoot('../shared/data/real')),
  WEB_DIST_DIR: z.string().min(1).default(fromRoot('web/dist')),
  /** Synthetic demo actors loaded on the first start; 0 loads none. */
  DEMO_ACTORS: z.coerce.number().int().min(0).max(200_000).default(1500),
  DEMO_SEED: z.coerce.number().int().default(20_211_008),
  /** Comma-separated list of datasets to load on the first start. */
  DATASETS: z
    .string()
    .default(DATASET_IDS.join(','))
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(z.enum(DATASET_IDS))),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Origins allowed to call the API from a browser; empty: same origin only (CORS closed). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(z.url())),
  /** An online MapLibre style for the map (production); unset: the offline basemap from GEO_DIR. */
  MAP_STYLE_URL: z.url().optional(),
  /** Origins that may embed /embed/map in a frame (CSP frame-ancestors); empty: framing is refused. */
  FRAME_ANCESTORS: z
    .string()
    .default('')
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(z.url())),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** How long a shutdown waits for in-flight requests, in milliseconds. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** How long an export waits for the analysis of its data version before it goes out with `analysis: pending` (≤ 5 s). */
  EXPORT_ANALYSIS_WAIT_MS: z.coerce.number().int().min(0).max(5_000).default(5_000),
  /** A group of the grouped graph with more members than this opens into its sub-communities. */
  GROUP_SPLIT_FROM: z.coerce.number().int().min(2).default(150),
  /** Per-client limits on expensive, uncached requests (429 + Retry-After); the bench turns them off. */
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  /** Expensive requests a client may send at once, then this many more per second. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(4),
  /** Expensive requests of one client in progress at the same time. */
  RATE_LIMIT_CONCURRENCY: z.coerce.number().int().min(1).default(4),
  /** Byte budgets of the response body caches: compressed (br + gzip) and uncompressed forms. */
  BODY_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(128 * 1024 * 1024),
  PLAIN_BODY_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
  /** Connection hygiene: time to send the headers, the whole request, and idle keep-alive time. */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** Open connections at most; further ones are closed right away. */
  MAX_CONNECTIONS: z.coerce.number().int().min(1).default(1024),
  /** Sign-in attempts per client address and per email address within LOGIN_WINDOW_SECONDS. */
  LOGIN_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Where users reach the app, for the links the admin CLI prints; default http://HOST:PORT. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
})

export type Config = Readonly<{
  host: string
  port: number
  databaseUrl: string | undefined
  dataDir: string
  geoDir: string
  realDataDir: string
  webDistDir: string
  demoActors: number
  demoSeed: number
  datasets: readonly DatasetId[]
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL']
  corsOrigins: readonly string[]
  mapStyleUrl: string | undefined
  frameAncestors: readonly string[]
  bodyLimitBytes: number
  shutdownGraceMs: number
  exportAnalysisWaitMs: number
  groupSplitFrom: number
  rateLimits: RateLimits | undefined
  bodyCacheBytes: { compressed: number; uncompressed: number }
  connections: ConnectionLimits
  login: { attempts: number; windowSeconds: number }
  publicUrl: string
}>

export interface RateLimits {
  burst: number
  perSecond: number
  concurrency: number
}

export interface ConnectionLimits {
  headersTimeoutMs: number
  requestTimeoutMs: number
  keepAliveTimeoutMs: number
  maxConnections: number
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] }

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    }
  }
  const e = parsed.data
  return {
    ok: true,
    config: Object.freeze({
      host: e.HOST,
      port: e.PORT,
      databaseUrl: e.DATABASE_URL,
      dataDir: path.resolve(e.DATA_DIR),
      geoDir: path.resolve(e.GEO_DIR),
      realDataDir: path.resolve(e.REAL_DATA_DIR),
      webDistDir: path.resolve(e.WEB_DIST_DIR),
      demoActors: e.DEMO_ACTORS,
      demoSeed: e.DEMO_SEED,
      datasets: e.DATASETS,
      logLevel: e.LOG_LEVEL,
      corsOrigins: e.CORS_ORIGINS,
      mapStyleUrl: e.MAP_STYLE_URL,
      frameAncestors: e.FRAME_ANCESTORS.map((origin) => new URL(origin).origin),
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      exportAnalysisWaitMs: e.EXPORT_ANALYSIS_WAIT_MS,
      groupSplitFrom: e.GROUP_SPLIT_FROM,
      rateLimits:
        e.RATE_LIMITS === 'on'
          ? {
              burst: e.RATE_LIMIT_BURST,
              perSecond: e.RATE_LIMIT_PER_SECOND,
              concurrency: e.RATE_LIMIT_CONCURRENCY,
            }
          : undefined,
      bodyCacheBytes: { compressed: e.BODY_CACHE_BYTES, uncompressed: e.PLAIN_BODY_CACHE_BYTES },
      connections: {
        headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
        requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
        keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
        maxConnections: e.MAX_CONNECTIONS,
      },
      login: { attempts: e.LOGIN_ATTEMPTS, windowSeconds: e.LOGIN_WINDOW_SECONDS },
      publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    }),
  }
}

/** Reads `process.env`; on bad input prints one line per variable and exits. */
export function loadConfigOrExit(): Config {
  // eslint-disable-next-line n/no-process-env -- this module is the one reader of the environment
  const result = parseConfig(process.env)
  if (result.ok) return result.config
  process.stderr.write(
    `Invalid configuration:\n${result.problems.map((line) => `  - ${line}`).join('\n')}\n`,
  )
  process.exit(1)
}
