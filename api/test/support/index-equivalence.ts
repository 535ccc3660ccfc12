/**
 * The equivalence harness of the incremental index (ADR 0015): the index the test API serves after its writes
 * must answer exactly as an index built afresh from the database. Both are asked what users ask, through the
 * HTTP routes (meta, actor pages with filters and orders, every actor's detail, relationship pages, the network,
 * text searches), and the answers (status, ETag, body) must be equal. Internals are not compared: a faster
 * structure that answers the same is fine.
 */
import { sql } from 'kysely'
import pino from 'pino'
import { expect } from 'vitest'
import { createApp } from '../../src/app.ts'
import { geographyOf } from '../../src/geography.ts'
import { createIndexHolder } from '../../src/index/index-holder.ts'
import { buildNetworkIndex } from '../../src/index/network-index.ts'
import { gazetteer, testConfig, type TestApi } from './test-api.ts'

const geography = geographyOf(gazetteer)

interface Answer {
  url: string
  status: number
  etag: string | null
  body: unknown
}

type App = ReturnType<typeof createApp>

async function answer(app: App, url: string): Promise<Answer> {
  const response = await app.request(url)
  return {
    url,
    status: response.status,
    etag: response.headers.get('etag'),
    body: await response.json(),
  }
}

/** Every page of a paged list, following `nextCursor`. */
async function allPages(app: App, url: string): Promise<Answer[]> {
  const pages: Answer[] = []
  let next: string | null = url
  while (next !== null && pages.length < 100) {
    const page = await answer(app, next)
    pages.push(page)
    const cursor = (page.body as { nextCursor?: string | null }).nextCursor ?? null
    next = cursor === null ? null : `${url}&cursor=${encodeURIComponent(cursor)}`
  }
  return pages
}

/** Words users might type, from every stored actor (of any status): whole words, prefixes, one typo. */
function searchTexts(
  actors: readonly { name: string; description: string | null }[],
  searchWords: number,
) {
  const words = new Set<string>()
  for (const actor of actors) {
    for (const word of `${actor.name} ${actor.description ?? ''}`.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 3) words.add(word)
    }
  }
  const texts = new Set<string>()
  for (const word of [...words].sort().slice(0, searchWords)) {
    texts.add(word)
    texts.add(word.slice(0, 3))
    if (word.length >= 5) texts.add(`${word.slice(0, 2)}x${word.slice(3)}`)
  }
  return [...texts]
}

const FILTERS = [
  '',
  'type=civil_society',
  'kind=organisation,project',
  'topic=housing,seniors,education',
  'district=14612',
  'bbox=12.2,51.2,14.9,51.6',
  'located=false',
  'synthetic=false',
]

const ACTOR_ORDERS = ['name', '-name', 'type', 'place', '-connections']

/** The URLs the harness asks both indexes, given what the database holds now. */
async function urlsToCompare(api: TestApi, searchWords: number) {
  const { rows: actors } = await sql<{ id: string; name: string; description: string | null }>`
    SELECT id, name, description FROM actors ORDER BY id`.execute(api.store.db)
  const urls = { single: ['/api/meta', '/api/network'] as string[], paged: [] as string[] }
  for (const filter of FILTERS) {
    urls.single.push(`/api/network?${filter}`)
    urls.paged.push(`/api/relationships?limit=7&${filter}`)
    for (const order of ACTOR_ORDERS) urls.paged.push(`/api/actors?limit=7&sort=${order}&${filter}`)
  }
  for (const text of searchTexts(actors, searchWords)) {
    const query = `text=${encodeURIComponent(text)}`
    urls.paged.push(`/api/actors?limit=500&${query}`)
    urls.single.push(`/api/network?${query}`)
  }
  for (const { id } of actors) {
    urls.single.push(`/api/actors/${id}`)
    urls.paged.push(`/api/relationships?limit=500&actor=${id}`)
  }
  return urls
}

/**
 * Asserts that the served index answers as one built afresh from the database now. Call it when no write is
 * under way: the served index must be at the database's data version. `searchWords`: how many of the stored
 * words are searched for (each whole, as a prefix and with a typo).
 */
export async function expectServedIndexEqualsFreshBuild(
  api: TestApi,
  { searchWords = 60 }: { searchWords?: number } = {},
): Promise<void> {
  const snapshot = await api.store.readSnapshot()
  const served = api.indexHolder.current()
  // The served index must be at the database's data version: the comparison is of one moment.
  expect(served.dataVersion).toBe(snapshot.dataVersion)
  const freshApp = createApp({
    config: testConfig,
    indexHolder: createIndexHolder(buildNetworkIndex(snapshot, geography)),
    isDatabaseReachable: () => Promise.resolve(true),
    logger: pino({ level: 'silent' }),
  })
  const servedApp = createApp({
    config: testConfig,
    indexHolder: createIndexHolder(served),
    isDatabaseReachable: () => Promise.resolve(true),
    logger: pino({ level: 'silent' }),
  })
  const urls = await urlsToCompare(api, searchWords)
  const differences: { url: string; served: Answer; fresh: Answer }[] = []
  const compare = (servedAnswers: Answer[], freshAnswers: Answer[]) => {
    freshAnswers.forEach((fresh, i) => {
      const servedAnswer = servedAnswers[i]
      if (!servedAnswer || JSON.stringify(servedAnswer) !== JSON.stringify(fresh)) {
        differences.push({ url: fresh.url, served: servedAnswer ?? ({} as Answer), fresh })
      }
    })
    if (servedAnswers.length !== freshAnswers.length) {
      differences.push({
        url: `${freshAnswers[0]?.url} (pages)`,
        served: servedAnswers.at(-1)!,
        fresh: freshAnswers.at(-1)!,
      })
    }
  }
  for (const url of urls.single)
    compare([await answer(servedApp, url)], [await answer(freshApp, url)])
  for (const url of urls.paged)
    compare(await allPages(servedApp, url), await allPages(freshApp, url))
  // The first difference in full (vitest prints a diff), then every URL that differs.
  if (differences[0]) expect(differences[0].served).toEqual(differences[0].fresh)
  expect(differences.map(({ url }) => url)).toEqual([])
}
