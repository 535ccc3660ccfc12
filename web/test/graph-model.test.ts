import type { NetworkResponse } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import {
  mostConnected,
  partnersClockwise,
  stepThrough,
} from '../src/features/graph/graph-keyboard.ts'
import {
  buildGraphModel,
  visibleInYear,
  visibleNeighbours,
} from '../src/features/graph/graph-model.ts'
import { geographicPositions } from '../src/features/graph/graph-positions.ts'

const node = (id: string, extra: Partial<NetworkResponse['nodes'][number]> = {}) => ({
  id,
  name: id,
  kind: 'organisation' as const,
  type: 'civil_society' as const,
  lon: 13 as number | null,
  lat: 51 as number | null,
  district: null,
  synthetic: true,
  activeFrom: null,
  activeTo: null,
  ...extra,
})
const edge = (
  id: string,
  source: string,
  target: string,
  since: string | null,
  until: string | null,
) => ({
  id,
  source,
  target,
  type: 'partnership' as const,
  directed: false,
  since,
  until,
})

const network: NetworkResponse = {
  dataVersion: 1,
  nodes: [
    node('a'),
    node('b', { activeFrom: 2016 }),
    node('c', { activeTo: 2014, lon: null, lat: null }),
    node('d', { lon: 14, lat: 51 }),
  ],
  edges: [
    edge('ab', 'a', 'b', null, null),
    edge('ac', 'a', 'c', null, null),
    edge('ad-old', 'a', 'd', '2010-01-01', '2012-12-31'),
    edge('ad-new', 'a', 'd', '2015-06-01', null),
  ],
}

describe('the graph model', () => {
  const model = buildGraphModel({ network })

  it.each([
    [2011, ['a', 'c', 'd'], ['ac', 'ad-old']],
    [2015, ['a', 'd'], ['ad-new']],
    [2016, ['a', 'b', 'd'], ['ab', 'ad-new']],
  ])(
    'in %i shows the actors active then and the ties active between two of them',
    (year, nodes, edges) => {
      const view = visibleInYear(model, year)
      expect([...view.nodeIds].sort()).toEqual(nodes)
      expect([...view.edgeIds].sort()).toEqual(edges)
    },
  )

  it('shows everything without a year, and counts two ties to one partner once', () => {
    const view = visibleInYear(model, undefined)
    expect(view.edgeIds.size).toBe(4)
    expect(visibleNeighbours(model, view).get('a')).toEqual(new Set(['b', 'c', 'd']))
  })

  it('puts the actors without a place beside the state, apart from the placed ones', () => {
    const positions = geographicPositions(model.nodes)
    const placedX = ['a', 'b', 'd'].map((id) => positions.of.get(id)!.x)
    expect(positions.ring).not.toBeNull()
    expect(positions.of.get('c')!.x).toBeGreaterThan(Math.max(...placedX))
    // East is to the right: d (14° E) right of a (13° E).
    expect(positions.of.get('d')!.x).toBeGreaterThan(positions.of.get('a')!.x)
  })
})

describe('keyboard steps between partners', () => {
  const at: Record<string, { x: number; y: number }> = {
    centre: { x: 0, y: 0 },
    north: { x: 0, y: -1 },
    east: { x: 1, y: 0 },
    south: { x: 0, y: 1 },
    west: { x: -1, y: 0 },
  }
  const order = partnersClockwise(
    'centre',
    new Set(['west', 'south', 'north', 'east']),
    (id) => at[id],
  )

  it('orders the partners clockwise from twelve o’clock, as drawn', () => {
    expect(order).toEqual(['north', 'east', 'south', 'west'])
  })

  it('steps forward and back, round the ends', () => {
    expect(stepThrough(order, undefined, 1)).toBe('north')
    expect(stepThrough(order, 'west', 1)).toBe('north')
    expect(stepThrough(order, 'north', -1)).toBe('west')
    expect(stepThrough([], undefined, 1)).toBeUndefined()
  })

  it('starts at the actor with most partners', () => {
    const neighbours = new Map([
      ['x', new Set(['y'])],
      ['y', new Set(['x', 'z'])],
      ['z', new Set(['y'])],
    ])
    expect(mostConnected(neighbours)).toBe('y')
  })
})
