/**
 * A restart on unchanged data loads the text index saved by the previous start instead of building it
 * (start-up time at 100k actors), and must answer exactly as a freshly built index would.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Actor } from '@netzwerkatlas/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { savedTextIndexesIn } from '../src/index/saved-text-indexes.ts'
import { buildNetworkIndex } from '../src/index/network-index.ts'
import { buildTextIndex } from '../src/index/text-index.ts'
import { makeActor } from './support/builders.ts'

const actors: Actor[] = [
  makeActor({ id: 'demo-mueller', name: 'Demo-Müllerhof Wohnprojekt', topics: ['housing'] }),
  makeActor({ id: 'demo-elbtal', name: 'Demo-Sozialwerk Elbtal', description: 'Pflege im Tal' }),
  makeActor({ id: 'demo-labor', name: 'Demo-Zukunftslabor', topics: ['education'] }),
].map((actor) => ({
  ...actor,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
}))
const placeOf = () => 'Weißwasser/O.L.'
const QUERIES = ['mueller', 'Sozialwerk', 'pflege', 'Zukunftslabr', 'Weisswasser', 'Bildung', 'xyz']

let folder: string
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nwa-text-index-'))
})
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

const build = (records: Actor[]) =>
  buildTextIndex(records, placeOf, savedTextIndexesIn(path.join(folder, 'text-index')))
const answers = (index: ReturnType<typeof build>) =>
  QUERIES.map((query) => [query, [...index.idsMatching(query)].sort()])

describe('saved text index', () => {
  it('a second start on the same data loads the saved index and finds the same actors', () => {
    const first = build(actors)
    const second = build(actors)
    expect(first.origin).toBe('built')
    expect(second.origin).toBe('loaded')
    expect(answers(second)).toEqual(answers(first))
    expect(answers(second)).toContainEqual(['mueller', ['demo-mueller']])
  })

  it('changed data is indexed afresh, never answered from the old index, which is removed', () => {
    build(actors)
    const renamed = actors.map((actor) =>
      actor.id === 'demo-labor' ? { ...actor, name: 'Demo-Werkstatt Mueller' } : actor,
    )
    const changed = build(renamed)
    expect(changed.origin).toBe('built')
    expect([...changed.idsMatching('mueller')].sort()).toEqual(['demo-labor', 'demo-mueller'])
    expect(fs.readdirSync(path.join(folder, 'text-index'))).toHaveLength(1)
  })

  it('a damaged saved index is rebuilt instead of failing the start', () => {
    build(actors)
    const [file] = fs.readdirSync(path.join(folder, 'text-index'))
    fs.writeFileSync(path.join(folder, 'text-index', file!), '{"truncated":')
    const rebuilt = build(actors)
    expect(rebuilt.origin).toBe('built')
    expect(rebuilt.idsMatching('Sozialwerk')).toEqual(new Set(['demo-elbtal']))
  })
})

describe('a text index left for first use', () => {
  const geography = {
    districts: [],
    municipalityNameOf: () => 'Weißwasser/O.L.',
    credits: [],
    places: { named: [], byRef: new Map(), postcodes: [] },
  }
  const snapshot = { dataVersion: 1, actors, relationships: [], datasets: [], databaseId: 'db' }

  it('is not made until asked, then answers a search exactly as one made at once', () => {
    const saved = path.join(folder, 'text-index')
    const options = { savedTextIndexes: savedTextIndexesIn(saved) }
    const deferred = buildNetworkIndex(snapshot, geography, {
      ...options,
      textIndex: 'on first use',
    })
    expect(fs.existsSync(saved)).toBe(false)
    const first = [...deferred.idsMatchingText('mueller')]
    expect(fs.readdirSync(saved)).toHaveLength(1)
    const atOnce = buildNetworkIndex(snapshot, geography)
    expect(first).toEqual([...atOnce.idsMatchingText('mueller')])
    expect(first).toEqual(['demo-mueller'])
    expect(deferred.textIndexOrigin).toBe('built')
  })

  it('is made by prepareTextIndex before any search, and answers as one made at once', async () => {
    const saved = path.join(folder, 'text-index')
    const deferred = buildNetworkIndex(snapshot, geography, {
      savedTextIndexes: savedTextIndexesIn(saved),
      textIndex: 'on first use',
    })
    await deferred.prepareTextIndex()
    expect(fs.readdirSync(saved)).toHaveLength(1)
    expect(deferred.textIndexOrigin).toBe('built')
    const loaded = buildNetworkIndex(snapshot, geography, {
      savedTextIndexes: savedTextIndexesIn(saved),
      textIndex: 'on first use',
    })
    await loaded.prepareTextIndex()
    expect(loaded.textIndexOrigin).toBe('loaded')
    for (const query of QUERIES) {
      expect([...loaded.idsMatchingText(query)].sort()).toEqual(
        [...buildNetworkIndex(snapshot, geography).idsMatchingText(query)].sort(),
      )
    }
  })
})
