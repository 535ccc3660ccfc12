import type { NetworkGroupResponse, NetworkGroupsResponse } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { foldedKeys, groupedModel, toggledOpenKeys } from '../src/features/graph/graph-groups.ts'

const version = { dataVersion: 1, computing: false, computingVersion: null }
const columns = (keys: string[], members: number[]) => ({
  key: keys,
  kind: keys.map(() => 'community' as const),
  nameDe: keys,
  nameEn: keys,
  members,
  internalTies: keys.map(() => 0),
  x: keys.map((_, i) => i * 100),
  y: keys.map(() => 0),
  lon: keys.map(() => null),
  lat: keys.map(() => null),
})
// Three groups: c0 (large, 2 sub-communities), c1 (two actors), c2; ties c0–c1: 3, c0–c2: 2, c1–c2: 1.
const groups: NetworkGroupsResponse = {
  ...version,
  rule: '',
  minCommunitySize: 3,
  actors: 300,
  syntheticActors: 300,
  ties: 400,
  groups: columns(['c0', 'c1', 'c2'], [296, 2, 2]),
  links: { source: [0, 0, 1], target: [1, 2, 2], ties: [3, 2, 1] },
}
const none = { member: [], group: [], ties: [] }
const c0: NetworkGroupResponse = {
  ...version,
  key: 'c0',
  nameDe: 'c0',
  nameEn: 'c0',
  members: { id: [], name: [], type: [], x: [], y: [] },
  ties: { source: [], target: [] },
  outside: none,
  partners: { member: [], id: [] },
  subgroups: {
    groups: columns(['c0.0', 'c0.1'], [200, 96]),
    links: { source: [0], target: [1], ties: [7] },
    outside: { subgroup: [0, 1, 1], group: ['c1', 'c1', 'c2'], ties: [2, 1, 2] },
  },
}
const c1: NetworkGroupResponse = {
  ...version,
  key: 'c1',
  nameDe: 'c1',
  nameEn: 'c1',
  members: {
    id: ['a', 'b'],
    name: ['A', 'B'],
    type: ['verein', 'verein'],
    x: [90, 110],
    y: [0, 0],
  },
  ties: { source: [0], target: [1] },
  outside: { member: [0, 0, 1], group: ['c0.0', 'c0.1', 'c2'], ties: [2, 1, 1] },
  partners: { member: [0, 0, 0, 1], id: ['p1', 'p2', 'p3', 'q'] },
  subgroups: null,
}
const weights = (model: ReturnType<typeof groupedModel>) =>
  Object.fromEntries(model.edges.map((edge) => [`${edge.source}|${edge.target}`, edge.weight]))

describe('groupedModel', () => {
  it('draws groups linked by their ties', () => {
    expect(weights(groupedModel(groups))).toEqual({
      'group:c0|group:c1': 3,
      'group:c0|group:c2': 2,
      'group:c1|group:c2': 1,
    })
  })

  it('names the groups in the page language, with their size', () => {
    const named = {
      ...groups,
      groups: {
        ...groups.groups,
        nameDe: ['Leipzig · Bildung', 'b', 'c'],
        nameEn: ['Leipzig · Education', 'b', 'c'],
      },
    }
    const label = (language: 'de' | 'en') =>
      groupedModel(named, [], language).nodes.find((node) => node.id === 'group:c0')?.name
    expect(label('de')).toBe('Leipzig · Bildung – 296 Akteure')
    expect(label('en')).toBe('Leipzig · Education – 296 actors')
  })

  it('says the size in words, so a name the server numbered does not read as two counts', () => {
    // The server numbers a second community of the same district and topic: "Leipzig · ohne Thema (6)". The
    // label once appended "(3)" to it, and a sub-community read "Leipzig · ohne Thema (6) (3)".
    const numbered = {
      ...groups,
      groups: {
        ...groups.groups,
        nameDe: ['Leipzig · ohne Thema (6)', 'b', 'c'],
        members: [3, 1, 1_296],
      },
    }
    const names = groupedModel(numbered, [], 'de').nodes.map((node) => node.name)
    expect(names).toEqual([
      'Leipzig · ohne Thema (6) – 3 Akteure',
      'b – 1 Akteur',
      'c – 1.296 Akteure',
    ])
    for (const name of names) expect(name).not.toMatch(/\(\d+\)\s*\(\d+\)/)
  })

  it('opens a large group into its sub-communities and keeps every tie to the rest', () => {
    const model = groupedModel(groups, [c0])
    expect(model.nodes.map((node) => node.id).sort()).toEqual([
      'group:c0.0',
      'group:c0.1',
      'group:c1',
      'group:c2',
    ])
    expect(weights(model)).toEqual({
      'group:c0.0|group:c0.1': 7,
      'group:c0.0|group:c1': 2,
      'group:c0.1|group:c1': 1,
      'group:c0.1|group:c2': 2,
      'group:c1|group:c2': 1,
    })
  })

  it('with two groups open, draws the ties between them at the finest level both show', () => {
    const model = groupedModel(groups, [c1, c0])
    expect(weights(model)).toEqual({
      'group:c0.0|group:c0.1': 7,
      'a|b': 1,
      'a|group:c0.0': 2,
      'a|group:c0.1': 1,
      'b|group:c2': 1,
      'group:c0.1|group:c2': 2,
    })
  })

  it('folds a group with everything opened inside it', () => {
    expect(toggledOpenKeys(['c0', 'c0.1'], 'c0')).toEqual([])
    expect(toggledOpenKeys(['c0', 'c0.1'], 'c0.1')).toEqual(['c0'])
  })

  it('keeps one group open: opening another folds the first, a sub-community opens inside its group', () => {
    expect(toggledOpenKeys(['c1'], 'c0')).toEqual(['c0'])
    expect(toggledOpenKeys(['c0'], 'c0.1')).toEqual(['c0', 'c0.1'])
    expect(toggledOpenKeys(['c0', 'c0.1'], 'c0.2')).toEqual(['c0', 'c0.2'])
    expect(toggledOpenKeys(['c0', 'c0.1'], 'c1')).toEqual(['c1'])
    // What the announcement names: the group the user saw close, not what was open inside it.
    expect(foldedKeys(['c0', 'c0.1'], ['c1'])).toEqual(['c0'])
    expect(foldedKeys(['c0', 'c0.1'], ['c0', 'c0.2'])).toEqual(['c0.1'])
  })
})
