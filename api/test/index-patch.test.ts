/**
 * The patched derived structures (index-patch.ts) are the very ones a full build of the same records gives:
 * name order and sort keys, relationship ends, the lists per actor, the lookup by id, the spatial index (boxes
 * and radii) and the public view's counts, after every step of random change sequences on a demo network
 * (renames, moves, status changes, new and removed actors and ties). Steps chain on the previous patched index,
 * so overlays grow over dozens of versions. The database-backed equivalence tests check the routes on top.
 */
import { generateDemoNetwork } from '@netzwerkatlas/data/demo'
import type { Actor, Filters, Relationship } from '@netzwerkatlas/shared'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { geographyOf } from '../src/geography.ts'
import { findById, spliceById } from '../src/index/index-patch.ts'
import { layeredMap } from '../src/index/layered-map.ts'
import {
  buildNetworkIndex,
  type IndexSource,
  type NetworkIndex,
} from '../src/index/network-index.ts'
import { gazetteer } from './support/test-api.ts'

const TODAY = '2026-12-04'
const records = generateDemoNetwork({ actorCount: 800, seed: 9, gazetteer, today: TODAY })
const stamp = `${TODAY}T00:00:00Z`
const withStamps = <T>(record: T) => ({ ...record, createdAt: stamp, updatedAt: stamp, version: 1 })
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const initial: IndexSource = {
  dataVersion: 1,
  actors: records.actors.map(withStamps).sort(byId),
  relationships: records.relationships.map(withStamps).sort(byId),
  datasets: [],
  databaseId: 'index-patch-test',
}
const geography = geographyOf(gazetteer)

/** Filters whose cached results follow a patch (no text, no radius), and two that are computed anew. */
const FILTERS: Filters[] = [
  {},
  { district: [initial.actors[0]!.districtAgs ?? '14612000'] },
  { bbox: [12.3, 51.2, 12.5, 51.4] },
  { bbox: [13, 50.5, 14.5, 51.5], kind: ['organisation'], located: true },
  { located: false },
  { topic: ['housing', 'seniors'] },
  { near: [13.74, 51.05], radiusKm: 30 },
  { text: 'Tafel' },
]

const STATUSES = ['published', 'published', 'archived', 'pending'] as const
const NAMES = ['Ärztehaus Nord', 'Zukunftswerkstatt', '»Aue« e. V.', 'aaa', 'Zwönitz Tafel']

type Change =
  | { kind: 'rename'; pick: number; name: number }
  | { kind: 'move'; pick: number; lon: number; lat: number; unlocate: boolean }
  | { kind: 'restatus'; pick: number; status: number }
  | { kind: 'create'; name: number; lon: number; lat: number; status: number }
  | { kind: 'removeActor'; pick: number }
  | { kind: 'tie'; pick: number; other: number; status: number }
  | { kind: 'retie'; pick: number; status: number }
  | { kind: 'untie'; pick: number }

const lon = fc.double({ min: 12, max: 15, noNaN: true })
const lat = fc.double({ min: 50.2, max: 51.7, noNaN: true })
const status = fc.nat(STATUSES.length - 1)
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('rename' as const),
    pick: fc.nat(),
    name: fc.nat(NAMES.length - 1),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    lon,
    lat,
    unlocate: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('restatus' as const), pick: fc.nat(), status }),
  fc.record({
    kind: fc.constant('create' as const),
    name: fc.nat(NAMES.length - 1),
    lon,
    lat,
    status,
  }),
  fc.record({ kind: fc.constant('removeActor' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('tie' as const), pick: fc.nat(), other: fc.nat(), status }),
  fc.record({ kind: fc.constant('retie' as const), pick: fc.nat(), status }),
  fc.record({ kind: fc.constant('untie' as const), pick: fc.nat() }),
)

let created = 0

/** The source after the changes, and the ids changed; records replaced by new objects as a read gives them. */
function applied(source: IndexSource, changes: readonly Change[]) {
  const actors = [...source.actors]
  const relationships = [...source.relationships]
  const actorIds = new Set<string>()
  const relationshipIds = new Set<string>()
  const putActor = (actor: Actor) => {
    spliceById(actors, actor.id, actor)
    actorIds.add(actor.id)
  }
  const putRelationship = (id: string, relationship: Relationship | undefined) => {
    spliceById(relationships, id, relationship)
    relationshipIds.add(id)
  }
  for (const step of changes) {
    const actor = actors[('pick' in step ? step.pick : 0) % actors.length]!
    const relationship = relationships[('pick' in step ? step.pick : 0) % relationships.length]
    switch (step.kind) {
      case 'rename':
        putActor({ ...actor, name: NAMES[step.name]! })
        break
      case 'move':
        putActor({
          ...actor,
          location: step.unlocate ? null : { lon: step.lon, lat: step.lat, precision: 'exact' },
        } as Actor)
        break
      case 'restatus':
        putActor({ ...actor, status: STATUSES[step.status]! })
        break
      case 'create':
        putActor({
          ...actor,
          id: `demo-patch-${++created}`,
          name: NAMES[step.name]!,
          status: STATUSES[step.status]!,
          location: { lon: step.lon, lat: step.lat, precision: 'exact' },
        } as Actor)
        break
      case 'removeActor': {
        // As the store's foreign keys do: the actor's ties go with it.
        for (const tie of relationships.filter(
          (r) => r.sourceId === actor.id || r.targetId === actor.id,
        )) {
          putRelationship(tie.id, undefined)
        }
        spliceById(actors, actor.id, undefined)
        actorIds.add(actor.id)
        break
      }
      case 'tie': {
        const other = actors[step.other % actors.length]!
        putRelationship(`rel-patch-${++created}`, {
          ...relationships[0]!,
          id: `rel-patch-${created}`,
          sourceId: actor.id,
          targetId: other.id,
          status: STATUSES[step.status]!,
        })
        break
      }
      case 'retie':
        if (relationship) {
          putRelationship(relationship.id, { ...relationship, status: STATUSES[step.status]! })
        }
        break
      case 'untie':
        if (relationship) putRelationship(relationship.id, undefined)
        break
    }
  }
  const next: IndexSource = {
    ...source,
    dataVersion: source.dataVersion + 1,
    actors,
    relationships,
  }
  return { next, changed: { actorIds, relationshipIds } }
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id)

function expectSameStructures(patched: NetworkIndex, fresh: NetworkIndex, source: IndexSource) {
  expect(ids(patched.actorsInNameOrder)).toEqual(ids(fresh.actorsInNameOrder))
  expect(patched.sortKeysInNameOrder).toEqual(fresh.sortKeysInNameOrder)
  // Both are built from the same records: the same objects, compared by identity (deep equality is slow).
  expect(ids(patched.relationshipsById)).toEqual(ids(fresh.relationshipsById))
  const differentRecords = patched.relationshipsById.filter(
    (relationship, at) => relationship !== fresh.relationshipsById[at],
  )
  expect(ids(differentRecords)).toEqual([])
  expect([...patched.sourcePositions]).toEqual([...fresh.sourcePositions])
  expect([...patched.targetPositions]).toEqual([...fresh.targetPositions])
  const differentActors = source.actors.filter(
    ({ id }) =>
      patched.actorById(id) !== fresh.actorById(id) ||
      ids(patched.relationshipsOf(id)).join() !== ids(fresh.relationshipsOf(id)).join(),
  )
  expect(ids(differentActors)).toEqual([])
  for (const bbox of [
    [12, 50, 15.1, 51.8],
    [12.3, 51.2, 12.5, 51.4],
    [13.6, 50.9, 14, 51.2],
    [14.5, 50.8, 15, 51.3],
  ] as const) {
    expect(patched.positionsInBbox(bbox)).toEqual(fresh.positionsInBbox(bbox))
  }
  for (const [point, km] of [
    [[12.37, 51.34], 15],
    [[13.74, 51.05], 40],
    [[14.99, 51.15], 5],
  ] as const) {
    expect(patched.positionsWithinKm(point, km)).toEqual(fresh.positionsWithinKm(point, km))
  }
  expect(patched.meta()).toEqual(fresh.meta())
  for (const filters of FILTERS) {
    expect(patched.positionsMatching(filters)).toEqual(fresh.positionsMatching(filters))
  }
}

describe('patching the derived structures of the index', () => {
  it('gives what a full build of the same records gives, after every step of random changes', () => {
    let source = initial
    let served = buildNetworkIndex(source, geography)
    fc.assert(
      fc.property(
        fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { maxLength: 12 }),
        (steps) => {
          for (const changes of steps) {
            const { next, changed } = applied(source, changes)
            // Cached on the served index, so the patched one starts from results moved along with it.
            for (const filters of FILTERS) served.positionsMatching(filters)
            const patched = buildNetworkIndex(next, geography, {
              patchOf: {
                parts: served.parts,
                source,
                changed,
                cachedPositions: served.cachedPositions(),
                // Asked of every served index (expectSameStructures): each patched meta moves the one before.
                metaTally: served.computedMetaTally(),
              },
            })
            expectSameStructures(patched, buildNetworkIndex(next, geography), next)
            source = next
            served = patched
          }
        },
      ),
      { numRuns: 15, seed: 12 },
    )
    // The runs chained on one another: dozens of versions, each patched from the one before.
    expect(served.dataVersion).toBeGreaterThan(30)
    // Seconds on a quiet machine; the limit leaves room for a loaded one.
  }, 180_000)

  it('moves every later position by one when an actor is put in first in name order', () => {
    const served = buildNetworkIndex(initial, geography)
    const { next, changed } = applied(initial, [{ kind: 'rename', pick: 3, name: 3 }])
    const patched = buildNetworkIndex(next, geography, {
      patchOf: { parts: served.parts, source: initial, changed },
    })
    expect(patched.actorsInNameOrder[0]!.name).toBe('aaa')
    expectSameStructures(patched, buildNetworkIndex(next, geography), next)
  })
})

describe('a layered map', () => {
  it('reads through its overlay, and folds it into a new base past its size without changing an answer', () => {
    let map = layeredMap(new Map([['a', 1]]))
    const expected = new Map([['a', 1]])
    for (let i = 0; i < 5_000; i++) {
      const key = `k${i % 2_500}`
      const value = i % 7 === 0 ? undefined : i
      map = map.with(new Map([[key, value]]))
      if (value === undefined) expected.delete(key)
      else expected.set(key, value)
    }
    map = map.with(new Map([['a', undefined]]))
    expected.delete('a')
    for (let i = 0; i < 2_500; i++) expect(map.get(`k${i}`)).toBe(expected.get(`k${i}`))
    expect(map.get('a')).toBeUndefined()
  })

  it('finds and splices records by id', () => {
    const list = [{ id: 'b' }, { id: 'd' }]
    spliceById(list, 'c', { id: 'c' })
    spliceById(list, 'a', { id: 'a' })
    spliceById(list, 'd', undefined)
    expect(ids(list)).toEqual(['a', 'b', 'c'])
    expect(findById(list, 'b')).toEqual({ id: 'b' })
    expect(findById(list, 'bb')).toBeUndefined()
  })
})
